"""`analyse(doc)`: entity mentions and labelled sentences for one document.

Pure and deterministic: the same document always gives the same `Analysis`, so the index can
store it and the briefing can be rebuilt from it without reading the file again. Sentences are
read in order, so context can name a speaker: who spoke or acted just before ("It said", "He
added"), the sentence ending in ":" before a list or a quotation, an open quotation, and a
quotation whose speaker the next sentence names ("The statement was issued by X").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from briefer.analysis import background_model  # the learnt second opinion (learn/README.md)
from briefer.analysis.entities import find_mentions
from briefer.analysis.gazetteer import actor_type
from briefer.analysis.headline import analyse_headlined, missing_headline
from briefer.analysis.labels import (
    Labelled,
    is_background_heading,
    is_background_marker,
    label_sentence,
    news_weekday,
    reference_year,
    settle_paragraphs,
    story_date,
    time_cues,
)
from briefer.analysis.model import Analysis, Mention, Sentence
from briefer.analysis.prefilter import done_reading, read_document
from briefer.analysis.reactions import (
    ADJACENT,
    ANONYMITY,
    BLOC_OF,
    CAMEO,
    PAIR,
    STATE_BODY,
    Resolver,
    acting_parties,
    acts_by_pronoun,
    acts_by_reference,
    affiliations,
    analyse_reaction,
    cameo_of,
    coordinated,
    is_state,
    leader_aide,
    opening_person,
    party_of,
    reaction_kind_act,
    stance_of,
)
from briefer.analysis.reactions.list_items import listed_parties
from briefer.analysis.reactions.organs import organs_resolved
from briefer.analysis.reactions.quotes import QUOTE_MARK, closes_open_quote
from briefer.analysis.sentences import Span, split_sentences
from briefer.sources.dateline import read_dateline
from briefer.sources.document import Document, Paragraph

_CLOSING = re.compile(r"""[.!?…:;,)\]"'”’»]\s*$""")
# How far back (in sentences) "he", "the bloc" or "the statement" may look for their referent.
_ANAPHORA_WINDOW = 3


def _relative(mentions: list[Mention], starts: list[int], start: int, end: int) -> list[Mention]:
    """Mentions inside [start, end), with offsets made relative to `start`."""
    out: list[Mention] = []
    for i in range(bisect_left(starts, start), len(mentions)):
        m = mentions[i]
        if m.start >= end:
            break
        if m.end <= end:
            out.append(m.relative_to(start))
    return out


# A quotation's closing mark, then a dash and its signer: '..." — a Kazakh official'
_SIGNED = re.compile(r"""["”]\s*[—–]\s*\S""")


def _unpunctuated_line(text: str) -> bool:
    """A short line with no closing punctuation: a heading inside a paragraph (not a signed
    quotation, which ends on its signer)."""
    # (the words counted up to the 17th: `split` stops there, not at the end of a long sentence)
    return (
        len(text.split(None, 16)) <= 16 and not _CLOSING.search(text) and not _SIGNED.search(text)
    )


_STANDFIRST_WORDS = 9


def _standfirst(text: str, span: Span, paragraphs: Sequence[Paragraph]) -> bool:
    """An unpunctuated paragraph of its own below the headline, long enough to be a summary
    sentence ("Foreign ministers meeting in Berlin give Ankara until late September to pull
    back"), not a heading."""
    if span.paragraph <= 1 or span.paragraph > len(paragraphs):
        return False
    p = paragraphs[span.paragraph - 1]
    whole = text[p.start : p.end].strip()
    sentence = text[span.start : span.end].strip()
    return whole == sentence and len(sentence.split()) >= _STANDFIRST_WORDS


@dataclass
class _Context:
    """What earlier sentences tell about later ones: recent speakers and mentions."""

    text: str
    mentions: list[Mention]
    starts: list[int]
    affiliation: dict[str, str]
    spans: list[Span] = field(default_factory=list)
    speakers: list[tuple[int, tuple[str, ...]]] = field(default_factory=list)
    # The party a heading names alone ("## France" in a round-up) and the heading's index:
    # "The foreign ministry said" below it, before anyone else speaks, is that party's.
    heading_party: tuple[str, ...] = ()
    heading_index: int = -1
    # `bloc_named`'s answer by region (the mentions are the document's, fixed).
    blocs: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def mentions_in(self, index: int) -> list[Mention]:
        """The mentions inside sentence `index`, their offsets relative to its start."""
        span = self.spans[index]
        return _relative(self.mentions, self.starts, span.start, span.end)

    def read_heading(self, index: int, text: str, local: list[Mention]) -> None:
        """Remember the party a heading names and nothing else, or forget the last one."""
        self.heading_party = ()
        self.heading_index = index
        words = _HEADING_EDGE.sub("", text)
        if len(local) != 1 or _HEADING_EDGE.sub("", local[0].surface) != words:
            return
        party = party_of(local[0], self.affiliation)
        if is_state(party) or actor_type(party) == "ORG":
            self.heading_party = (party,)

    def under_heading(self, index: int) -> tuple[str, ...]:
        """The heading's party while nobody has spoken since the heading."""
        if not self.heading_party:
            return ()
        last = self._last_spoken_before(index)
        return self.heading_party if last < self.heading_index else ()

    def _last_spoken_before(self, index: int) -> int:
        """The last sentence before `index` with speakers, or -1. (`speakers` is in sentence
        order: read back from its end, not searched whole, which in a long document would grow
        with the square of its length.)"""
        for i, _ in reversed(self.speakers):
            if i < index:
                return i
        return -1

    def _spoken_within(self, index: int) -> dict[int, tuple[str, ...]]:
        """The speakers of the sentences in the anaphora window before `index` (and any after
        it), by sentence: the end of `speakers`, not all of it."""
        spoken: dict[int, tuple[str, ...]] = {}
        for i, speakers in reversed(self.speakers):
            if i < index - _ANAPHORA_WINDOW:
                break
            spoken.setdefault(i, speakers)
        return spoken

    def group_before(self, index: int) -> tuple[str, ...]:
        """The nearest earlier speakers, or coordinated parties ("Brazil, Colombia and Mexico"),
        that "they", "the statement" or "the three governments" can refer to."""
        spoken = self._spoken_within(index)
        for i in range(index - 1, max(-1, index - _ANAPHORA_WINDOW - 1), -1):
            if i in spoken:
                return spoken[i]
            span = self.spans[i]
            lo = bisect_left(self.starts, span.start)
            hi = bisect_left(self.starts, span.end)
            inside = [m for m in self.mentions[lo:hi] if m.type in ("GPE", "ORG", "NORP")]
            for j in range(len(inside) - 1, 0, -1):
                group = coordinated(self.text, inside, j)
                if len(group) >= 2:
                    return tuple(dict.fromkeys(party_of(m, self.affiliation) for m in group))
        return ()

    def pair_before(self, index: int) -> tuple[str, ...]:
        """The two parties that spoke or acted last within the anaphora window ("The US
        issued a licence. The EU followed. Both said ..."), if exactly two come first."""
        found: list[str] = []
        for i, speakers in reversed(self.speakers):
            if i < index - _ANAPHORA_WINDOW:
                break
            if i >= index:
                continue
            found.extend(p for p in speakers if p not in found)
            if len(found) >= 2:
                break
        return tuple(found) if len(found) == 2 else ()

    def speaker_before(self, index: int) -> tuple[str, ...]:
        """The speakers of the nearest earlier reaction within the anaphora window."""
        for i, speakers in reversed(self.speakers):
            if i < index - _ANAPHORA_WINDOW:
                break
            if i < index:
                return speakers
        return ()

    def speaker_just_before(self, index: int) -> tuple[str, ...]:
        """The speakers of sentence `index - 1` if it is in the same paragraph, else ()."""
        if not self.speakers or self.speakers[-1][0] != index - 1:
            return ()
        if self.spans[index - 1].paragraph != self.spans[index].paragraph:
            return ()
        return self.speakers[-1][1]

    def resolver(self, index: int, local: list[Mention]) -> Resolver:
        """Resolve "he", "the bloc", "the statement" in sentence `index` to earlier parties; an
        organ no list knows is read as its state, or left out (`organs_resolved`), as a speaker
        named in the sentence is ("The agency said" after "the Naha Prosecutors Office")."""

        def resolve(kind: str, pos: int) -> tuple[str, ...]:
            return organs_resolved(named(kind, pos), self.mentions)

        def named(kind: str, pos: int) -> tuple[str, ...]:
            if kind in ("person", "speaker") and self.anonymous_before(index):
                return ()  # "A diplomat, who asked not to be named, ... . The diplomat said"
            if kind == "group":
                return self.group_before(index)
            if kind == PAIR:
                return self.pair_before(index)
            if kind == STATE_BODY:
                return self.state_before(index, local, pos)
            if kind == ADJACENT:
                return self.speaker_just_before(index)
            if kind.startswith(BLOC_OF):
                return self.bloc_named(kind[len(BLOC_OF) :])
            if kind in ("speaker", "it", "org") and self.under_heading(index):
                return self.under_heading(index)  # "## France" / "The foreign ministry said"
            if kind in ("speaker", "it", "org"):
                # "A spokesperson added", "It said", "the mission urged": whoever spoke last,
                # if that was one party (for "the mission", one organisation).
                last = self.speaker_before(index)
                if kind == "speaker":
                    return last
                if kind == "org":
                    # "NATO allies will meet. The alliance said": an organisation named since
                    # the last speaker is the nearer referent.
                    since = self.org_since_last_speaker(index, local, pos)
                    if since:
                        return since
                if len(last) == 1 and (kind == "it" or actor_type(last[0]) == "ORG"):
                    return last
                kind = "org"
            want = "PERSON" if kind == "person" else "ORG"
            for m in reversed(local):
                if m.end <= pos and m.type == want:
                    return (party_of(m, self.affiliation),)
            first = self.spans[max(0, index - _ANAPHORA_WINDOW + 1)].start
            here = self.spans[index].start
            lo = bisect_left(self.starts, first)
            hi = bisect_left(self.starts, here)
            for m in reversed(self.mentions[lo:hi]):
                if m.type == want:
                    acting = self.person_acting_at(m.start) if want == "PERSON" else ()
                    if acting:
                        # "X called Y on Monday. He said": the one who called, spoke or
                        # acted, not the last person named
                        return acting
                    if want == "PERSON":
                        # "X flew to Benghazi to meet Y. He said": the person the sentence
                        # opens on, its subject, not the last person named
                        m = self.opening_person_at(m.start) or m
                    party = party_of(m, self.affiliation)
                    if want == "PERSON" and (
                        m.canonical not in self.affiliation
                        or not organs_resolved((party,), self.mentions)
                    ):
                        # "Spokesman X said ... . The carrier would stay, he added": X spoke
                        # for whoever the earlier sentence gave as its speaker; so did one
                        # titled by an organ that names no state ("A Foreign Office spokesman
                        # in Islamabad, X, said ... . He added").
                        spoken = self.speakers_at(m.start)
                        if spoken:
                            return spoken
                    return (party,)
            if kind == "person" and self.speakers and self.speakers[-1][0] == index - 1:
                # "The EU's foreign policy chief said ... . He added ...": a titled speaker
                # named by office, not by name.
                return self.speakers[-1][1]
            return ()

        return resolve

    def state_before(self, index: int, local: list[Mention], pos: int) -> tuple[str, ...]:
        """The state that "its foreign ministry" or "its government" in sentence `index` (at
        `pos`) belongs to, nearest first: the state this sentence's clause, or the sentence,
        opens on ("Japan sent an envoy; its foreign ministry said"), then, sentence by sentence
        back, the one
        state an earlier sentence gives as its speaker or actor, else the state the sentence
        just before opens on, whatever its label ("Rwanda has long denied arming the group. Its
        foreign ministry said"): the subject, not the last state named ("Vietnam has backed
        Cambodia")."""
        under = self.under_heading(index)
        if len(under) == 1 and is_state(under[0]):
            return under
        span = self.spans[index]
        text = self.text[span.start : span.end]  # every offset read below is inside it
        clause = max(text.rfind(";", 0, pos), text.rfind(", and ", 0, pos))
        for start in (clause + 1, 0) if clause >= 0 else (0,):
            found = _opening_state(text, local, start, pos, self.affiliation)
            if found:
                return found
        spoken = self._spoken_within(index)
        for i in range(index - 1, max(-1, index - _ANAPHORA_WINDOW - 1), -1):
            said = spoken.get(i, ())
            if len(said) == 1 and is_state(said[0]):
                return said
            if i < index - 1:
                continue  # only the sentence just before is read for its subject
            span = self.spans[i]
            inside = self.mentions_in(i)
            found = _opening_state(
                self.text[span.start : span.end], inside, 0, span.end - span.start, self.affiliation
            )
            if found:
                return found
        return ()

    def org_since_last_speaker(self, index: int, local: list[Mention], pos: int) -> tuple[str, ...]:
        """The organisation mentioned most recently before `pos` in sentence `index`, if no
        reaction sentence came after that mention."""
        for m in reversed(local):
            if m.end <= pos and m.type == "ORG":
                return (party_of(m, self.affiliation),)
        last = self._last_spoken_before(index)
        for i in range(index - 1, max(last, index - _ANAPHORA_WINDOW - 1), -1):
            span = self.spans[i]
            lo = bisect_left(self.starts, span.start)
            hi = bisect_left(self.starts, span.end)
            for m in reversed(self.mentions[lo:hi]):
                if m.type == "ORG":
                    return (party_of(m, self.affiliation),)
        return ()

    def anonymous_before(self, index: int) -> bool:
        """Whether the sentence just before brings in someone unnamed on purpose."""
        if index == 0:
            return False
        span = self.spans[index - 1]
        return ANONYMITY.search(self.text, span.start, span.end) is not None

    def bloc_named(self, region: str) -> tuple[str, ...]:
        """The organisation whose name, as written in the document, holds `region` ("West
        African" -> the Economic Community of West African States), if exactly one does."""
        named = self.blocs.get(region)
        if named is None:  # (read once per region: every mention of a long document)
            holds = re.compile(rf"\b{re.escape(region)}\b")
            found = {
                m.canonical for m in self.mentions if m.type == "ORG" and holds.search(m.surface)
            }
            named = self.blocs[region] = (found.pop(),) if len(found) == 1 else ()
        return named

    def state_of_bare_title(self, index: int, local: list[Mention]) -> None:
        """Affiliate a leader or minister titled without a state ("Prime Minister X,
        campaigning ..., said", "Defence Secretary X said") to the state the sentence before, in
        the same paragraph, opens on ("Australia, which ..., was caught off guard."), else to
        the one state it gives as its speaker or actor ("Next door, the Dominican Republic
        closed its border."): news names the country, then its leader. (Across a paragraph
        break the state before is too often another country's.)"""
        if index == 0 or self.spans[index - 1].paragraph != self.spans[index].paragraph:
            return
        here = self.spans[index].start
        for m in local:
            if m.type != "PERSON" or m.canonical in self.affiliation:
                continue
            if not _BARE_TITLE.search(self.text, max(0, here + m.start - 40), here + m.start):
                continue
            span = self.spans[index - 1]
            lo = bisect_left(self.starts, span.start)
            hi = bisect_left(self.starts, span.end)
            opening = self.mentions[lo:hi][:1]
            state = ""
            if (
                opening
                and opening[0].type in ("GPE", "NORP")
                and not self.text[span.start : opening[0].start].strip()
            ):
                state = party_of(opening[0], self.affiliation)  # the state it opens on
            acted = self.speakers[-1] if self.speakers else (-1, ())
            if not is_state(state) and acted[0] == index - 1 and len(acted[1]) == 1:
                # "Next door, the Dominican Republic closed its border. President X said":
                # the one state the sentence before gives as its speaker or actor
                state = acted[1][0]
            if is_state(state):
                self.affiliation[m.canonical] = state

    def person_acting_at(self, offset: int) -> tuple[str, ...]:
        """The party of the last person, in the sentence holding `offset`, whom that sentence
        gives as its speaker or actor; () if it gives none of its people."""
        i, spoken = self._reaction_at(offset)
        if not spoken:
            return ()
        span = self.spans[i]
        lo = bisect_left(self.starts, span.start)
        hi = bisect_left(self.starts, span.end)
        for m in reversed(self.mentions[lo:hi]):
            if m.type == "PERSON":
                party = party_of(m, self.affiliation)
                if party in spoken:
                    return (party,)
        return ()

    def opening_person_at(self, offset: int) -> Mention | None:
        """The person the sentence holding `offset` opens on (see `opening_person`)."""
        i = bisect_left(self.spans, offset + 1, key=lambda span: span.start) - 1
        if i < 0:
            return None
        span = self.spans[i]
        inside = self.mentions_in(i)
        found = opening_person(self.text[span.start : span.end], inside)
        if found is None:
            return None
        return next(
            m for m in self.mentions if m.start == span.start + found.start and m.type == "PERSON"
        )

    def speakers_at(self, offset: int) -> tuple[str, ...]:
        """The speakers of the reaction sentence holding `offset`, if it is one."""
        return self._reaction_at(offset)[1]

    def _reaction_at(self, offset: int) -> tuple[int, tuple[str, ...]]:
        """The reaction sentence holding `offset` and its speakers, or (-1, ())."""
        for i, speakers in reversed(self.speakers):
            span = self.spans[i]
            if span.start <= offset < span.end:
                return i, speakers
            if span.end <= offset:
                break
        return -1, ()


_OPENING_ARTICLE = re.compile(r"\s*(?:the\s+)?", re.IGNORECASE)
_JOINED = re.compile(r"\s*(?:,|,?\s*and|&)\s*")


def _opening_state(
    text: str, mentions: list[Mention], start: int, end: int, affiliation: dict[str, str]
) -> tuple[str, ...]:
    """The state whose mention opens `text[start:end]` ("Rwanda has long denied", "The
    Malaysian government said"), if one does; `mentions` are relative to `text`."""
    first = next((m for m in mentions if start <= m.start < end), None)
    if first is None or first.type not in ("GPE", "NORP"):
        return ()
    gap = _OPENING_ARTICLE.match(text, start, first.start)
    if gap is None or gap.end() != first.start:
        return ()
    second = next((m for m in mentions if m.start >= first.end), None)
    if (
        second is not None
        and _JOINED.fullmatch(text, first.end, second.start)
        and not text.startswith(("'s", "’s"), second.end)  # ("Azerbaijan, Armenia's foe,")
    ):
        return ()  # "Thai and Cambodian troops": a pair, no one state
    state = party_of(first, affiliation)
    return (state,) if is_state(state) else ()


_LEAD_PARAGRAPHS = 4
# A verb of acting in the past: "had flown", "travelled", "met", "sent".
_ACTS = re.compile(r"\b(?:had|has|have)\s+[a-z]+\b|\b[a-z]{3,}ed\b")
# What may surround a name that makes a heading: "The", "#", "1.", trailing colon.
_HEADING_EDGE = re.compile(r"^[\s#*\d.)-]*(?:the\s+)?|[\s:.*]*$", re.IGNORECASE)


def _names_alone(text: str, local: Sequence[Mention]) -> bool:
    """Whether the sentence is one party's name and nothing else ("The Council of Europe.")."""
    return len(local) == 1 and _HEADING_EDGE.sub("", local[0].surface) == _HEADING_EDGE.sub(
        "", text
    )


# A national leader's title with no state before it: "Prime Minister X", "President X".
_BARE_TITLE = re.compile(
    r"(?:^|[.;:,(\"”]\s+|\n)(?:Prime\s+Minister|President|Chancellor|Premier|"
    r"(?:Foreign|Defen[cs]e|Home|Interior|Finance|Trade)\s+(?:Minister|Secretary))"
    r"\s+$"
)


def _yearless_dateline(doc: Document) -> date | None:
    """The day of a dateline written without a year ("PRISTINA, Dec 10 (Wire) -"), if the
    document opens with one; read with a stand-in year that `story_date` replaces."""
    for p in doc.paragraphs[:_LEAD_PARAGRAPHS]:
        found = read_dateline(doc.text[p.start : p.end])
        if found is not None:
            if not found.yearless:
                return None
            again = read_dateline(doc.text[p.start : p.end], year=2000)
            return again.date if again is not None else None
    return None


# Mentions that name a party of the story.
_PARTY_TYPES = frozenset({"GPE", "NORP", "ORG", "PERSON"})
_SPACE_RUN = re.compile(r"(?<=\S) {2,}(?=\S)")


def analyse(doc: Document) -> Analysis:
    """Find entities, split sentences, and label each with speakers and stance.

    A title the text does not open with (front matter, a page's `<title>`) is read before the
    text as its headline, and kept apart (`Analysis.headline`): see `analysis.headline`.
    """
    try:
        headline = missing_headline(doc)
        if headline is None:
            return _read(doc)
        return analyse_headlined(doc, headline, _read)
    finally:
        done_reading()  # (nothing kept of the text outlives its analysis)


def _read(doc: Document) -> Analysis:
    """`analyse` of the text alone.

    Runs of spaces inside a line (justified PDF text: "Matthew  Miller  said") are read as one
    space, so names and phrases match; offsets and sentence texts refer to `doc.text` as is.
    """
    if "  " not in doc.text or _SPACE_RUN.search(doc.text) is None:
        return _analyse(doc)  # (a run needs two spaces: a cheap test before the pattern)
    pieces: list[str] = []
    origin: list[int] = []  # index in doc.text of each character of the collapsed text
    last = 0
    for run in _SPACE_RUN.finditer(doc.text):
        pieces.append(doc.text[last : run.start() + 1])
        origin.extend(range(last, run.start() + 1))
        last = run.end()
    pieces.append(doc.text[last:])
    origin.extend(range(last, len(doc.text)))
    origin.append(len(doc.text))
    # Index in the collapsed text of each doc.text offset (a dropped space maps to the next
    # kept character).
    forward = [0] * (len(doc.text) + 1)
    previous = -1
    for i, o in enumerate(origin):
        for k in range(previous + 1, o + 1):
            forward[k] = i
        previous = o

    def to_doc(start: int, end: int) -> tuple[int, int]:
        return origin[start], (origin[end - 1] + 1 if end > start else origin[start])

    collapsed = replace(
        doc,
        text="".join(pieces),
        paragraphs=tuple(
            replace(p, start=forward[p.start], end=forward[p.end]) for p in doc.paragraphs
        ),
    )
    found = _analyse(collapsed)
    mentions: list[Mention] = []
    for m in found.mentions:
        a, b = to_doc(m.start, m.end)
        mentions.append(Mention(a, b, m.surface, m.canonical, m.type))
    sentences: list[Sentence] = []
    for s in found.sentences:
        a, b = to_doc(s.start, s.end)
        sentences.append(replace(s, start=a, end=b, text=doc.text[a:b]))
    return Analysis(doc.id, tuple(mentions), tuple(sentences))


def _analyse(doc: Document) -> Analysis:
    """`analyse` over a text whose offsets are final."""
    mentions = sorted(find_mentions(doc.text, year=doc.year), key=lambda m: (m.start, -m.end))
    starts = [m.start for m in mentions]
    ctx = _Context(doc.text, mentions, starts, affiliations(doc.text, mentions, doc.year))
    ctx.spans = split_sentences(doc.text, doc.paragraphs)
    # (one scan of the document for the regex gates' literals instead of one per sentence)
    read_document(doc.text, [(s.start, s.end) for s in ctx.spans])
    published = story_date(doc.text, doc.date, _yearless_dateline(doc))
    year = reference_year(doc.text, published)
    kinds = {p.number: p.kind for p in doc.paragraphs}

    sentences: list[Sentence] = []
    seen: list[Labelled] = []  # what settle_paragraphs reads, one per sentence
    fixed: list[bool] = []  # labelled from structure, out of the background model's reach
    previous: str | None = None
    paragraph = 0
    under_background = False
    marked = False  # the paragraph opened on "A little background."
    lead: set[str] | None = None  # the parties the headline and the lead sentence name
    news_day: int | None = None  # the weekday of the news the lead sentence tells
    # Speakers of a sentence ending in ":" carry over to the list items or the quotation that
    # follow it; the speakers of an open quotation to its next sentences.
    introduced: tuple[str, ...] = ()
    in_quote = False
    quote_speakers: tuple[str, ...] = ()
    said_before: tuple[str, ...] = ()  # speakers of a quoting sentence just before, same paragraph
    colon_before = False  # the sentence before ends with ":"
    last_text = ""  # the sentence before
    list_lead: str | None = None  # the lead-in ending in ":" of the list being read
    for index, span in enumerate(ctx.spans):
        text = doc.text[span.start : span.end]
        kind = kinds.get(span.paragraph, "text")
        heading = kind == "heading" or (
            _unpunctuated_line(text) and not _standfirst(doc.text, span, doc.paragraphs)
        )
        opening = span.paragraph != paragraph  # the paragraph's first sentence
        if opening:
            previous = None
            paragraph = span.paragraph
            marked = not heading and is_background_marker(text)
            said_before = ()
            quoting = kind == "quote" or _OPENING_QUOTE.match(text) is not None
            if not (kind == "list" or in_quote or (quoting and colon_before)):
                introduced = ()
            if kind != "list":
                list_lead = None
            elif colon_before:
                list_lead = last_text
        local = _relative(mentions, starts, span.start, span.end)
        if heading:
            # The headline above the lead names the story, not a section of history
            # ("Leaders sign deal ending decades-old border dispute", "Explainer: ...").
            under_background = lead is not None and is_background_heading(text)
            introduced = ()
            ctx.read_heading(index, text, local)
        elif opening and kind == "list" and _names_alone(text, local):
            # "* **The Council of Europe.** Its human rights commissioner called ...": a list
            # item's label, a heading of the item's party
            ctx.read_heading(index, text, local)
        reaction = None
        if not heading:
            ctx.state_of_bare_title(index, local)
            reaction = analyse_reaction(text, local, ctx.affiliation, ctx.resolver(index, local))
        speakers = reaction.speakers if reaction is not None else ()
        stance = reaction.stance if reaction is not None else None
        cameo = reaction.cameo if reaction is not None else None
        if not speakers and not heading:
            if introduced and (kind in ("list", "quote") or _OPENING_QUOTE.match(text)):
                speakers = introduced  # "X told reporters:" then the list or the quotation
            elif in_quote:
                speakers = quote_speakers  # the next sentence of an open quotation
            elif _OPENING_QUOTE.match(text):
                speakers = said_before  # '"A," said X. "B."': the same speaker goes on
            elif list_lead is not None:
                # "The states that will not recognise it:" then "- Spain, which fears ...;":
                # an item naming only parties is what the lead-in says of them
                speakers = listed_parties(text, local, ctx.affiliation)
                if speakers:
                    stance = stance_of(text) or stance_of(list_lead)
                    cameo = cameo_of(stance, text) if stance in CAMEO else None
            if speakers and stance is None:
                stance = stance_of(text)
                cameo = cameo_of(stance, text) if stance in CAMEO else None
        quoted = in_quote  # inside a quotation running over sentences
        if text.count('"') % 2 == 1 or text.count("“") != text.count("”"):
            in_quote = not in_quote
            quoted = True
        quote_speakers = (speakers or quote_speakers) if in_quote else ()
        said_before = speakers if speakers and ('"' in text or "”" in text) else ()
        colon_before = text.rstrip().endswith(":")
        last_text = text
        if lead is None and not heading:
            news_day = news_weekday(text, published)
            lead = {
                party_of(m, ctx.affiliation)
                for m in mentions
                if m.end <= span.end and m.type in _PARTY_TYPES
            }
        cues = time_cues(text, published, year, news_day)
        lead_party = bool(speakers) and lead is not None and lead.issuperset(speakers)
        fragment = kind == "list" and text[:1].islower()
        label = label_sentence(
            text,
            heading=heading,
            has_speaker=bool(speakers),
            cues=cues,
            previous=previous,
            under_background_heading=under_background or (marked and previous is not None),
            fragment=fragment,
            after_dateline=span.after_dateline,
        )
        spoke = bool(speakers)
        fixed.append(
            heading
            or spoke
            or quoted
            or fragment
            or span.after_dateline
            or kind == "quote"
            or under_background
            or marked
        )
        if label == "reaction":
            ctx.speakers.append((index, speakers))
            if text.rstrip().endswith(":"):
                introduced = speakers
            sentences.append(
                Sentence(span.start, span.end, span.paragraph, text, label, speakers, stance, cameo)
            )
        else:
            if label == "development" and not speakers:
                speakers = acting_parties(text, local, ctx.affiliation)
                if not speakers and acts_by_reference(text):
                    speakers = ctx.resolver(index, local)("org", 0)
                number = acts_by_pronoun(text) if not speakers else 0
                if number:
                    # "The US ambassador was turned back. It had withdrawn its observer
                    # mission": the party of the sentence just before ("they": the parties)
                    before = ctx.speakers[-1] if ctx.speakers else (-1, ())
                    if before[0] == index - 1 and (len(before[1]) == 1) == (number == 1):
                        speakers = before[1]
                if not speakers and leader_aide(text) and _ACTS.search(text):
                    # "His Pacific minister, X, had flown to Honiara to ask ...": the leader's
                    speakers = ctx.resolver(index, local)("person", 0)
                if speakers:
                    # "Russia was more cautious. It said ...": who acted is who "it" is.
                    ctx.speakers.append((index, speakers))
            sentences.append(Sentence(span.start, span.end, span.paragraph, text, label, speakers))
        # A development whose acting party, found above, is not one the lead names: a third
        # party acting, never the story's start (see labels.settle_paragraphs).
        acting = (
            label == "development"
            and bool(speakers)
            and not (lead is not None and lead.issuperset(speakers))
        )
        seen.append(
            Labelled(
                paragraph=span.paragraph,
                label=label,
                cues=cues,
                has_speaker=spoke,
                text=text,
                lead_party=lead_party,
                fragment=fragment,
                acting=acting,
            )
        )
        previous = label
    # A paragraph read whole may turn its news-less opening into history (labels.settle_...).
    weighable: set[int] = set()
    settled = settle_paragraphs(seen, weighable)
    # What that pass changed it read from the story's dates and structure: not the model's to
    # undo; but a news-less paragraph opening made history by the history after it is a call on
    # wording the model weighs (on D 37 of the 107 such sentences were false), with a stricter
    # drop (`background_model.WEIGHED_DROP`).
    fixed = [
        f or (new != lab.label and k not in weighable)
        for k, (f, new, lab) in enumerate(zip(fixed, settled, seen, strict=True))
    ]
    sentences = [
        s if s.label == new else replace(s, label=new)
        for s, new in zip(sentences, settled, strict=True)
    ]
    sentences = _quotes_before_their_speaker(sentences)
    sentences = _pull_quotes_named_after(sentences, kinds, ctx)
    # A learnt second opinion on development against background (see background_model).
    sentences = background_model.relabel(sentences, seen, fixed, kinds, mentions, weighed=weighable)
    sentences = _acting_in_late_news(sentences, seen, ctx)
    sentences = _acts_told_as_history(sentences, seen, ctx, lead or set())
    return Analysis(doc.id, tuple(mentions), tuple(sentences))


def _acting_in_late_news(
    sentences: list[Sentence], seen: Sequence[Labelled], ctx: _Context
) -> list[Sentence]:
    """The sentences, where one first labelled history became news by a later pass (the
    paragraph read whole, the background model), with the parties it tells acting: the first
    pass reads who acts in news only ("India sent navy ships with relief supplies", first read
    as history, is India's act once it is news)."""
    out = sentences
    for i, (s, lab) in enumerate(zip(sentences, seen, strict=True)):
        if s.label != "development" or s.speakers or lab.label != "background":
            continue
        local = ctx.mentions_in(i)
        acting = acting_parties(s.text, local, ctx.affiliation)
        if acting:
            if out is sentences:
                out = list(sentences)
            out[i] = replace(s, speakers=acting)
    return out


def _acts_told_as_history(
    sentences: list[Sentence], seen: Sequence[Labelled], ctx: _Context, lead: set[str]
) -> list[Sentence]:
    """The sentences, where one labelled history tells a third party's own act of the kinds
    reactions are made of ("Senegal shut its land border with Guinea in August", "Russia sent a
    team of naval experts to Seoul in early June") made news with that party acting: such an act
    answers the story's crisis whatever its time. Not an act dated by a year, nor a measure by a
    party the lead names (a side's own deeds stay its history; help sent is a helper's)."""
    out = sentences
    for i, (s, lab) in enumerate(zip(sentences, seen, strict=True)):
        kind = reaction_kind_act(s.text) if s.label == "background" else None
        if kind is None or lab.cues.dated_past:
            continue
        local = ctx.mentions_in(i)
        acting = acting_parties(s.text, local, ctx.affiliation)
        if not acting and _HE_ACTS.match(s.text):
            # "He had sent a senior envoy to Port Moresby": the person named before
            acting = tuple(p for p in ctx.resolver(i, local)("person", 0) if is_state(p))
        if not acting or (kind != "help" and lead & set(acting)):
            continue  # (help sent is a helper's, even one the lead names)
        if out is sentences:
            out = list(sentences)
        out[i] = replace(s, label="development", speakers=acting)
    return out


# A sentence whose own clause opens on "he" or "she", after a time or circumstance between
# commas: "He had sent", "On June 30, with Seoul lost, he committed".
_HE_ACTS = re.compile(
    r"^(?:[A-Z][^,;:\"“”]{0,40},\s+(?:[^,;:\"“”]{0,40},\s+)?)?(?:He|he|She|she)\s"
)

_OPENING_QUOTE = re.compile(r"""^\s*["“]""")
_CLOSING_QUOTE = re.compile(r"""["”]\s*$""")
# A sentence that names who said the quotation before it: "The statement was issued by X",
# "The words came from X", "The statement, from X's spokeswoman, added ...".
_POINTS_BACK = re.compile(
    r"^\s*(?:(?:the|this|that|these|those|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:statement|words|remarks|comments|message|warning|post|communiqué|quote|tweet|line|"
    r"verdict|assessment)\b|"
    r"(?:those|these|that|this|such)\s+(?:were|was|are|is)\s+(?:the\s+(?:words|remarks|message|"
    r"verdict|assessment|view|line)\b|"
    r"how\b)|"
    r"so\s+said\b|"
    # "That was Ethiopia's foreign minister, X, speaking to reporters": the speaker follows
    r"(?:that|this)\s+was\s+(?=[^.;\"“”]{1,80}?\s+speaking\b)|"
    # "Prime Minister X said this to parliament", "X made that promise to a crowd": the
    # speaker comes first, the words are pointed at after the verb
    r"(?=[^.;\"“”]{1,100}?\b(?:(?:said|wrote)\s+(?:this|so)(?=\s*[,.]|\s+(?:to|on|in|at|"
    r"after|before|when|as|during|while|from|with)\b)|(?:made|gave|repeated|delivered)\s+"
    r"(?:that|this|the\s+same)\s+(?:point|promise|pledge|remark|argument|case|warning|appeal|"
    r"plea)\b)))",
    re.IGNORECASE,
)
# The most sentences one quotation may run over before its speaker is named.
_QUOTE_SENTENCES = 4


def _quotes_before_their_speaker(sentences: list[Sentence]) -> list[Sentence]:
    """A quotation standing alone, whose speaker the next sentence names ("The statement was
    issued by X") or the sentence before it named, is that speaker's reaction; the naming
    sentence, if it says nothing of its own, takes the quotation's stance, and the quotation's
    sentences without one take the statement's (`_one_statement`)."""
    out = list(sentences)
    i = 0
    while i < len(out):
        s = out[i]
        if s.speakers or s.label == "reaction" or not _OPENING_QUOTE.match(s.text):
            i += 1
            continue
        closer = _closed_by_its_speaker(out, i)
        if closer is not None:
            # '"The Kurds are fighting for their land. They didn't help us," X told
            # reporters': the sentence that closes the quotation names its speaker
            _said_by(out, i, closer, out[closer].speakers, out[closer].stance)
            i = closer
            continue
        j = i
        while not _CLOSING_QUOTE.search(out[j].text) and j + 1 < len(out):
            if j - i + 1 >= _QUOTE_SENTENCES or _OPENING_QUOTE.match(out[j + 1].text):
                break
            j += 1  # inside the quotation: "we" and "it" are the unnamed speaker's
        k = j + 1
        alone = _quotation_paragraph(out, i, j)
        after_close = (
            _CLOSING_QUOTE.search(out[j].text) is not None
            and k < len(out)
            and out[k].paragraph - out[j].paragraph <= 1
        )
        named_next = after_close and out[k].label == "reaction" and bool(out[k].speakers)
        # ("The words were those of the Egyptian delegate": the sentence after names the
        # speaker, whoever spoke in the paragraph before; `_pull_quotes_named_after` reads it)
        back = after_close and _POINTS_BACK.match(out[k].text) is not None
        points_back = named_next and back
        if alone and not back and _speaker_goes_on(out, i):
            # 'President X said the plane was shot down.' then a paragraph that is only a
            # quotation: the speaker just named goes on (news quote their speaker that way)
            _said_by(out, i, k, out[i - 1].speakers, out[i - 1].stance)
        elif points_back or (alone and named_next):
            # "The statement was issued by X"; or a paragraph that is only a quotation, with no
            # speaker before it, and the next one names one: '"..." X added that ...'
            said = _said_by(out, i, k, out[k].speakers, out[k].stance)
            if out[k].stance == "other" and said is not None:
                out[k] = _spoken_by(out[k], out[k].speakers, said)  # (a reaction already)
        i = k
    return out


def _pull_quotes_named_after(
    sentences: list[Sentence], kinds: Mapping[int, str], ctx: _Context
) -> list[Sentence]:
    """The sentences, where a set-off quotation (a block quote: "The escalation in Beirut must
    stop. Lebanon cannot become another Gaza.", or a paragraph of words in marks that no
    sentence of its own attributes) is followed by a sentence pointing back to it and naming
    its speaker ("Those words came from UN Secretary-General X", "That was the verdict of a
    senior IMF official"): both are that speaker's reaction, as a quotation in marks whose
    speaker the next sentence gives as a reaction's is (`_quotes_before_their_speaker`; both
    make the statement with `_said_by`)."""
    out = sentences
    i = 0
    while i < len(out):
        s = out[i]
        if s.label not in _QUOTED_LABELS or not (
            kinds.get(s.paragraph) == "quote" or _OPENING_QUOTE.match(s.text)
        ):
            i += 1
            continue
        j = i
        while j + 1 < len(out) and out[j + 1].paragraph == s.paragraph:
            j += 1
        k = j + 1
        if (
            k >= len(out)
            or not (kinds.get(s.paragraph) == "quote" or _quotation_paragraph(out, i, j))
            or (i > 0 and out[i - 1].paragraph == s.paragraph)
            # (a party acting in the quoted words is no speaker: "Lebanon cannot become ...")
            or any(q.label not in _QUOTED_LABELS for q in out[i:k])
            or (back := _POINTS_BACK.match(out[k].text)) is None
        ):
            i = k
            continue
        speakers = out[k].speakers or _named_after(out[k].text, ctx.mentions_in(k), back.end(), ctx)
        if speakers:
            if out is sentences:
                out = list(sentences)
            # (unlike a quotation in marks, the one pointing back lends it no stance: "That was
            # the verdict of X" only names who spoke)
            said = _said_by(out, i, k, speakers, None) or "other"
            if out[k].label != "reaction" or not out[k].speakers:
                out[k] = _spoken_by(out[k], speakers, said)
        i = k
    return out


_PLACE_BEFORE = re.compile(r"\b(?:in|from|at|to|near)\s+(?:the\s+)?$", re.IGNORECASE)
# What the rules may have read a set-off quotation's sentences as, before its speaker is known.
_QUOTED_LABELS = frozenset({"development", "background"})


def _named_after(text: str, local: Sequence[Mention], pos: int, ctx: _Context) -> tuple[str, ...]:
    """The party the first state, organisation or affiliated person named after `pos` speaks
    for ("... came from UN Secretary-General X": the United Nations)."""
    for m in local:
        if m.start < pos or m.type not in ("GPE", "ORG", "NORP", "PERSON"):
            continue
        if m.type == "PERSON" and m.canonical not in ctx.affiliation:
            continue
        if m.type == "GPE" and _PLACE_BEFORE.search(text, max(0, m.start - 8), m.start):
            continue  # "speaking to us from London": where, not who
        party = party_of(m, ctx.affiliation)
        if is_state(party) or actor_type(party) == "ORG":
            return (party,)
    return ()


def _said_by(
    out: list[Sentence], i: int, k: int, speakers: tuple[str, ...], speaker_stance: str | None
) -> str | None:
    """Makes sentences `i` to `k` (not included) of `out`, a quotation, one statement of
    `speakers` (`_spoken_by`, `_one_statement`, `speaker_stance` the stance of the sentence
    naming them); returns the first stance the quotation's own words carry, if any."""
    quoted = [_spoken_by(q, speakers) for q in out[i:k]]
    out[i:k] = _one_statement(quoted, speaker_stance)
    return next((q.stance for q in quoted if q.stance != "other"), None)


def _one_statement(quoted: list[Sentence], speaker_stance: str | None) -> list[Sentence]:
    """The sentences of one quotation as one statement: a sentence whose own words carry no
    stance ("Today, it's Pakistan.") takes the quotation's, else that of the sentence naming
    its speaker ("... warned that the world was sleepwalking")."""
    said = next((q.stance for q in quoted if q.stance not in (None, "other")), None)
    said = said or (speaker_stance if speaker_stance not in (None, "other") else None)
    if said is None:
        return quoted
    return [
        replace(q, stance=said, cameo=cameo_of(said, q.text))
        if q.stance == "other" and _KEPT_INFORMED.search(q.text) is None
        else q
        for q in quoted
    ]


# Words that keep a sentence "other" whatever the statement around it: being in touch,
# following or monitoring events (the gold conventions' "in contact with both sides").
_KEPT_INFORMED = re.compile(
    r"\b(?:in\s+(?:close\s+|constant\s+|regular\s+)?(?:touch|contact)|"
    r"(?:following|monitoring|watching)\b[^.;]{0,40}\bclosely)\b",
    re.IGNORECASE,
)


def _quotation_paragraph(out: list[Sentence], i: int, j: int) -> bool:
    """Whether sentences `i`..`j` are a whole paragraph of quoted words: opened at its start,
    closed at its end, with no attribution of their own."""
    first, last = out[i], out[j]
    return (
        _CLOSING_QUOTE.search(last.text) is not None
        and (i == 0 or out[i - 1].paragraph != first.paragraph)
        and (j + 1 == len(out) or out[j + 1].paragraph != last.paragraph)
        and last.paragraph == first.paragraph
        and all(q.label == "development" and not q.speakers for q in out[i : j + 1])
    )


def _speaker_goes_on(out: list[Sentence], i: int) -> bool:
    """Whether the paragraph before quotation `i` ends on a reaction whose speaker is named."""
    return i > 0 and out[i - 1].label == "reaction" and bool(out[i - 1].speakers)


def _spoken_by(s: Sentence, speakers: tuple[str, ...], stance: str | None = None) -> Sentence:
    """`s` as a reaction of `speakers`, with `stance`, else the stance of its own words."""
    stance = stance or stance_of(s.text)
    return replace(
        s, label="reaction", speakers=speakers, stance=stance, cameo=cameo_of(stance, s.text)
    )


def _closed_by_its_speaker(out: list[Sentence], i: int) -> int | None:
    """The index of the sentence, in the same paragraph, that closes the quotation sentence
    `i` opens and leaves open, when that sentence names the speaker after the closing mark."""
    text = out[i].text
    if text.count('"') % 2 == 0 and text.count("“") <= text.count("”"):
        return None  # closed in the same sentence
    for j in range(i + 1, min(len(out), i + _QUOTE_SENTENCES)):
        q = out[j]
        if q.paragraph != out[i].paragraph or _OPENING_QUOTE.match(q.text):
            return None
        mark = QUOTE_MARK.search(q.text)
        if mark is None:
            continue  # a sentence inside the quotation
        named_after = re.search(r"\w", q.text[mark.end() :]) is not None
        if closes_open_quote(q.text) and named_after and q.label == "reaction" and q.speakers:
            return j
        return None
    return None
