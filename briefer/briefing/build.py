"""`build_briefing`: analysed documents -> a cited `Briefing`.

Sections: Background (background sentences), Actors (principal and third parties), International
reactions (statements by third parties), Developments (current events and the principal parties'
own statements, the most informative few) and, across several dated documents, a Timeline.
Every item is a source sentence as written, citing its document and paragraph, with entity spans
relative to the sentence so renderers can colour them. Documents are taken in date order and a
near-duplicate of an earlier sentence (a wire copy) is dropped, so the earliest source is cited.
A person written in different forms across the documents is one actor under one name (`people`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from briefer.analysis import gazetteer, stance_model  # stance_model: learnt (learn/README.md)
from briefer.analysis.frozen import quick_init
from briefer.analysis.gazetteer import canonical_name
from briefer.analysis.headline import with_headline
from briefer.analysis.model import Analysis, Mention, Sentence
from briefer.analysis.prefilter import done_reading
from briefer.analysis.reactions import (
    acting_parties,
    affiliations,
    cameo_of,
    declines_only,
    home_state,
    is_domestic_institution,
    party_of,
    stance_of,
)
from briefer.briefing.actors import build_actors, not_a_party
from briefer.briefing.dedupe import NearDuplicates
from briefer.briefing.model import Briefing, Item, Section, SourceRef, Span
from briefer.briefing.parties.choice import choose_principals
from briefer.briefing.parties.former_states import former_state_names, story_time
from briefer.briefing.parties.own_bodies import own_bodies
from briefer.briefing.parties.own_side import (
    contesting_parties,
    home_groups,
    opposition_of,
    ruling_groups,
)
from briefer.briefing.parties.peoples_voices import spoken_for, voices_of_peoples
from briefer.briefing.people import person_offices, unify_people
from briefer.briefing.reports import is_reported_reaction
from briefer.briefing.stats import ActorStats, collect
from briefer.sources.dates import match_date, year_before
from briefer.sources.document import Document

SECTION_TITLES = {
    "background": "Background",
    "actors": "Actors",
    "reactions": "International reactions",
    "developments": "Developments",
    "timeline": "Timeline",
}
DEVELOPMENTS_SINGLE = 8
DEVELOPMENTS_MULTI = 12
BACKGROUND_MULTI = 20
LEAD_CHOICES = 3
_NUMBER = re.compile(r"\b\d[\d,.]*\b")


@quick_init  # (one per sentence of every document: the quicker constructor halves its cost)
@dataclass(frozen=True, slots=True)
class _Candidate:
    """A sentence with what the builder needs to cite and rank it."""

    doc: Document
    order: int  # document position in date order
    sentence: Sentence
    # The mentions wholly inside the sentence, in order of the text: their spans are built only
    # for the sentences the briefing cites (`spans`), most are only ranked or dropped.
    mentions: tuple[Mention, ...]
    parties: frozenset[str]

    @property
    def spans(self) -> tuple[Span, ...]:
        """The entity spans of the sentence, relative to it."""
        start = self.sentence.start
        return tuple(
            [Span(m.start - start, m.end - start, m.type, m.canonical) for m in self.mentions]
        )


def _sort_key(doc: Document) -> tuple[date, str, str]:
    return (doc.date or date.max, doc.title.casefold(), doc.path)


def _candidates(ordered: Sequence[tuple[Document, Analysis]]) -> list[_Candidate]:
    out: list[_Candidate] = []
    for order, (doc, analysis) in enumerate(ordered):
        mentions = sorted(analysis.mentions, key=lambda m: m.start)
        starts = [m.start for m in mentions]
        cursor = 0
        for s in analysis.sentences:
            # (the mentions that start inside the sentence, and of them those ending inside it)
            cursor = bisect_left(starts, s.start, cursor)
            stop = bisect_left(starts, s.end, cursor)
            end = s.end
            inside = tuple([m for m in mentions[cursor:stop] if m.end <= end])
            parties = frozenset([m.canonical for m in inside])
            out.append(_Candidate(doc, order, s, inside, parties))
    return out


def _item(c: _Candidate, *, actor: str | None = None, with_stance: bool = False) -> Item:
    s = c.sentence
    return Item(
        text=s.text,
        source=c.doc.id,
        paragraph=s.paragraph,
        date=c.doc.date.isoformat() if c.doc.date else None,
        actor=actor,
        stance=s.stance if with_stance else None,
        cameo=s.cameo if with_stance else None,
        spans=c.spans,
    )


# Where a clause with a subject of its own begins: "..., and", "; ", ", a move Turkey
# criticised", ", which", ", prompting", ", despite earlier promises to defend them": what
# follows is not the actor's own words.
_CLAUSE_BREAK = re.compile(
    # (", and" with no subject of its own shares the actor's: "Canada sent aid, and pledged
    # more"; one followed by a subject opens another's clause)
    r",\s+(?:and|but)\s+(?=(?-i:[A-Z])|(?:the|a|an|its|their|his|her|it|they|he|she|this|"
    r"that|these|those)\b)|"
    r",\s+(?:while|whereas|which|prompting|drawing|despite|"
    r"a\s+(?:move|step|decision|stance))\s+|;\s+",
    re.IGNORECASE,
)


# A relative clause set off after a subject ("Chile, which has long experience of quakes, sent
# engineers"): it describes the subject, and the subject's own verb follows its closing comma.
_SUBJECT_RELATIVE = re.compile(r",\s+which\s+(?:[^,;:]|,(?=\d))*?,\s+")
# The words before an actor's name at the head of another clause that are still its subject
# ("and EU member states have committed", "and the British navy sent"): an article or a
# capitalised word or two, never a verb ("and they criticised Canada" is another's clause).
_SUBJECT_HEAD = re.compile(r"(?:(?:the|[A-Z][\w.'-]*)\s+){0,2}")


def own_clause(text: str, spans: Sequence[Span], actors: Sequence[str]) -> str:
    """The clause of `text` in which the first of `actors` is named, the stance of an act being
    its own words, not those of a clause about others ("The UAE sent jets, a move Turkish
    officials criticised": the UAE's clause is no criticism). The whole text if none is named.

    A relative clause describing the actor ("Chile, which has long experience of quakes, sent
    engineers") is left out and the clause runs on to the actor's own verb; a following clause
    whose subject is one of `actors` ("The EC approved food aid, and Britain sent supplies" for
    both) is the actors' own too."""
    named = [sp for sp in spans if sp.canonical in actors]
    if not named:
        return text
    first = min(named, key=lambda sp: sp.start)
    at = first.start
    relative = _SUBJECT_RELATIVE.match(text, first.end)
    if relative is not None:
        text = text[: first.end] + " " + text[relative.end() :]
        shift = relative.end() - first.end - 1
        starts = [sp.start - shift if sp.start >= relative.end() else sp.start for sp in named]
    else:
        starts = [sp.start for sp in named]
    start, end = 0, len(text)
    for br in _CLAUSE_BREAK.finditer(text):
        if br.end() <= at:
            start = br.end()
        elif br.start() >= at:
            head = _SUBJECT_HEAD.match(text, br.end())
            if head is not None and any(br.end() <= s <= head.end() for s in starts):
                continue  # the next clause's subject is one of the actors
            end = br.start()
            break
    return text[start:end]


# A reaction that only says its actors followed another's ("France, Britain and Italy followed
# within hours", "Djibouti did the same", "A German team joined them with more pumps"): no
# object of its own after the verb, only when, how or why; or that they spoke alike.
_FOLLOWED = re.compile(
    r"(?<!\bbe )(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bis )(?<!\bare )"
    r"\b(?:followed(?:\s+suit)?|did\s+(?:the\s+same|likewise)|joined\s+them)"
    r"(?=\s*[.,;:]|\s+(?:on|within|in|with|hours|days|weeks|shortly|soon|later|the\s+next|"
    r"a\s+day|the\s+same|suit)\b)|"
    # ("issued similar statements", "updated their travel advice in similar terms", "said the
    # same")
    r"\b(?:issued|made|released|voiced)\s+(?:a\s+)?similar\s+"
    r"(?:statements?|calls?|remarks|warnings?|appeals?|concerns?)\b|"
    r"\bsaid\s+(?:much\s+)?the\s+same(?=\s*[.,;:])|"
    r"\b(?:in|along)\s+(?:similar|the\s+same)\s+(?:terms|lines|vein)\b",
    re.IGNORECASE,
)


def _as_followed(item: Item, before: Item | None) -> Item:
    """`item` with the stance of the reaction just `before` it in the same document when it has
    no stance of its own and its first clause only says that its actors followed that one."""
    if (
        before is None
        or before.source != item.source
        or item.stance != "other"
        or before.stance in (None, "other")
    ):
        return item
    followed = _FOLLOWED.search(item.text)
    # ("Australia stopped issuing visas, and Canada followed": Canada followed its own sentence)
    if followed is None or _CLAUSE_BREAK.search(item.text, 0, followed.start()) is not None:
        return item
    return replace(item, stance=before.stance, cameo=before.cameo)


def _action_item(c: _Candidate, actor: str) -> Item:
    """A third party's action as a reaction item, with the stance of the actor's own clause."""
    clause = own_clause(c.sentence.text, c.spans, actor.split(", "))
    stance = stance_of(clause)
    return Item(
        text=c.sentence.text,
        source=c.doc.id,
        paragraph=c.sentence.paragraph,
        date=c.doc.date.isoformat() if c.doc.date else None,
        actor=actor,
        stance=stance,
        cameo=cameo_of(stance, clause),
        spans=c.spans,
    )


def _second_opinion(item: Item, spoken: bool) -> Item:
    """`item` with the learnt model's stance where it overturns the rules' (see
    `briefer.analysis.stance_model`): the stance only, never whether it is a reaction."""
    if item.stance is None:
        return item
    names = set((item.actor or "").split(", "))
    own = [sp for sp in item.spans if sp.canonical in names]
    first = min(own, key=lambda sp: sp.start) if own else None
    after = item.text[first.end :] if first is not None else ""
    stance = stance_model.restance(item.text, item.stance, [sp.type for sp in own], after, spoken)
    if stance == item.stance:
        return item
    return replace(item, stance=stance, cameo=cameo_of(stance, item.text))


# A sentence that only introduces the words after it ("In a statement issued in Geneva, he
# said:", "A spokesman said last week:"): the reaction is in what follows, which carries its
# speaker on.
_INTRO_ONLY = re.compile(
    r"\b(?:said|says|stated|states|added|adds|declared|wrote|writes|told\s+(?:reporters|"
    r"journalists))(?:\s+(?:on|in|last|this|earlier|late|at|after)\b[^:.;,]{0,30})?\s*:\s*$"
)


@gazetteer.tied
@lru_cache(maxsize=4096)
def _a_people(name: str) -> bool:
    """Whether `name` is a people or a faith ("Kurds", "Sikhs", "Arabs"), not a state's
    demonym: its members speak for themselves or for bodies named as such, never for it.
    (Kept per name: asked of every third-party speaker, each a gazetteer lookup.)"""
    known = canonical_name(name)
    return known is not None and known[1] == "NORP"


def third_party_speakers(
    sentence: Sentence,
    principals: Sequence[str],
    people: Mapping[str, str | None],
    owned: Mapping[str, str] | None = None,
    opposition: frozenset[str] = frozenset(),
) -> tuple[str, ...]:
    """Speakers of a reaction who are not principal parties, people mapped to their party.

    `people` maps each named person to the party a title somewhere in the documents gives
    them, or to None. News copy introduces foreign officials with their state or body
    ("Serbian President X", "the EU's foreign policy chief, X"); a person with no such title is
    one of the principal parties' own people and so not a third party. `owned` maps the
    principals' own organisations (their companies, parties, agencies) to them; `opposition`
    holds the parties and people on a principal state's side that no owner lists (its
    opposition, its contesting parties, ruling group and home groups). A people or
    a faith ("Yazidis") is no party either.
    """
    out: list[str] = []
    for speaker in sentence.speakers:
        party: str | None = speaker
        if speaker in people:
            party = people[speaker]
        if party is not None and owned:
            party = owned.get(party, party)
        if party is None or party in principals or home_state(party) in principals:
            continue
        if not_a_party(party):
            continue  # a ship or a place typed as a speaker
        if is_domestic_institution(party):
            continue  # "the Foreign Ministry", "the Supreme Court": a principal's own body
        if _a_people(party):
            continue  # "Yazidi leaders", "a Sikh officer": a people or a faith is no party
        if party in opposition or speaker in opposition:
            continue  # the opposition of the state of the story is on its side
        if party not in out:
            out.append(party)
    return tuple(out)


# What someone says, before a party or after a quotation: "He said", '," said X'.
_SAYING_BEFORE = re.compile(r"\b(?:said|says|told|tells|wrote|writes|added|adds)\b")
_ARMS_AFTER = re.compile(
    r"\s+(?:[Mm]arines|troops|soldiers|forces|aircraft|warplanes|jets|artillery|gunboats|"
    r"tanks|army|navy|air\s+force)\b"
)
_QUOTE_SAID = re.compile(r"[,?!]\s*[\"”]\s+(?:said|says|told|wrote|added)\b")


def _main_clause_act(c: _Candidate, affiliation: Mapping[str, str]) -> tuple[str, ...]:
    """The parties acting as the subject of a sentence whose speakers are none of them, or ()
    when there are none or they are told inside what someone says ("He said the United States
    had acted", '... The UK stands with them," said X') or are a side's arms striking
    ("Israeli aircraft pounded", "United States Marines waded ashore" are the fighting, not a
    third party answering it)."""
    s = c.sentence
    local = [m.relative_to(s.start) for m in c.mentions]
    acting = acting_parties(s.text, local, affiliation)
    if not acting or set(acting) & set(s.speakers):
        return ()
    theirs = [m for m in local if party_of(m, affiliation) in acting]
    first = min((m.start for m in theirs), default=0)
    if (
        _SAYING_BEFORE.search(s.text, 0, first) is not None
        or _QUOTE_SAID.search(s.text) is not None
        or any(_ARMS_AFTER.match(s.text, m.end) for m in theirs)
    ):
        return ()
    return acting


# A state's office, as the text gives it with no state ("President X", "Vice President X"), or a
# former office: the person speaks for no international body here.
_STATE_OFFICE = re.compile(
    r"^(?:Former\b.*|(?:Vice[- ]President|Prime\s+Minister|Premier|Chancellor|King|Queen|Emir|"
    r"(?:Foreign|Defen[cs]e|Interior|Finance)\s+Minister)|(?P<president>President))$",
    re.IGNORECASE,
)
# Bodies whose head is a president: a bare "President" may be their own.
_PRESIDED = re.compile(r"\b(?:Council|Commission|Court|Bank|Parliament|Assembly|Committee)\b")


def _misplaced_people(offices: Mapping[str, str], affiliation: Mapping[str, str]) -> dict[str, str]:
    """People whom a list of known names puts in an international body ("Michelle Bachelet" ->
    United Nations) while the documents give them a state's office with no state, or a former
    office ("President Michelle Bachelet", "Vice President X", "former Secretary-General"):
    in this story they do not speak for that body. Person -> the body."""
    out: dict[str, str] = {}
    for person, office in offices.items():
        body = affiliation.get(person)
        if body is None or (office.endswith(")") and not office.casefold().startswith("former")):
            continue  # (an office with its party given is the text's own word on it)
        known = canonical_name(body)
        if known is None or known[1] != "ORG":
            continue
        found = _STATE_OFFICE.match(office)
        if found is None or (found.group("president") and _PRESIDED.search(body)):
            continue
        out[person] = body
    return out


def _without_misplaced(
    s: Sentence,
    mentions: Sequence[Mention],
    misplaced: Mapping[str, str],
    affiliation: Mapping[str, str],
) -> Sentence:
    """The sentence without the bodies it reaches only through misplaced people (`_misplaced_
    people`): one named itself, or through another of its people, stays a speaker."""
    through = {misplaced[m.canonical] for m in mentions if m.canonical in misplaced}
    if not through:
        return s
    named = {
        affiliation.get(m.canonical, m.canonical) for m in mentions if m.canonical not in misplaced
    }
    drop = {body for body in through if body not in named}
    if not drop.intersection(s.speakers):
        return s
    return replace(s, speakers=tuple([sp for sp in s.speakers if sp not in drop]))


# A sentence opening on the office of a body named just before: "Its president, X, said".
_ITS_OFFICE = re.compile(r"(?:Its|Their)\s+(?:[\w-]+\s+){0,3}?[\w-]+,\s")


def _named_with(person: str, body: str, c: _Candidate, before: _Candidate | None) -> bool:
    """Whether sentence `c` names `person` as a member of `body`: both named in it, or it
    opens on an office ("Its president, X,") of the body the sentence `before` names."""
    if person not in c.parties:
        return False
    if body in c.parties:
        return True
    return (
        before is not None
        and before.doc is c.doc
        and body in before.parties
        and _ITS_OFFICE.match(c.sentence.text) is not None
    )


def _sides(
    stats: Mapping[str, ActorStats],
    principals: Sequence[str],
    owned: Mapping[str, str],
    opposition: frozenset[str],
) -> dict[str, str]:
    """The principal each body belongs to, for the actors' role lines: its own bodies as the
    text gives them, and in a one-side story its opposition and the institutions named only by
    what they are ("the National Electoral Council", "the Supreme Court"); with several sides
    such an institution is "a principal party"'s."""
    sides = {body: owner for body, owner in owned.items() if owner in principals}
    if not principals:
        return sides
    only = principals[0] if len(principals) == 1 else "a principal party"
    for name, st in stats.items():
        if name in principals or name in sides or st.type != "ORG":
            continue
        if is_domestic_institution(name) or (len(principals) == 1 and name in opposition):
            sides[name] = only
    return sides


def _informativeness(c: _Candidate, principals: Sequence[str]) -> float:
    """Rank developments: entities named, principal parties involved, figures, lead position."""
    s = c.sentence
    score = len(c.parties) + 1.5 * sum(1 for p in principals if p in c.parties)
    score += 0.5 * min(3, len(_NUMBER.findall(s.text)))
    if s.paragraph <= 3:
        score += 2.0
    if s.label == "reaction":
        score += 1.0  # a principal party's own statement
    return score


def _publishers(ordered: Sequence[tuple[Document, Analysis]]) -> set[str]:
    """The outlets and authors of the documents: who wrote the story is not an actor in it (a
    research body's name on its own report, an agency in its dateline)."""
    found: set[str] = set()
    for doc, _a in ordered:
        for name in (doc.source, doc.author):
            if name:
                found.add(name)
                known = canonical_name(name)
                if known is not None:
                    found.add(known[0])
    return found


def _title(
    ordered: Sequence[tuple[Document, Analysis]],
    title: str | None,
    query: str | None,
    principals: Sequence[str],
) -> str:
    if title:
        return title
    if len(ordered) == 1:
        return ordered[0][0].title
    if query:
        return f"Briefing: {query}"
    if principals:
        return "Briefing: " + " and ".join(principals)
    return "Briefing"


def build_briefing(
    items: Sequence[tuple[Document, Analysis]],
    *,
    title: str | None = None,
    query: str | None = None,
) -> Briefing:
    """Build a briefing from one or many analysed documents."""
    try:
        return _build(items, title, query)
    finally:
        done_reading()  # (nothing kept of the documents' texts outlives the briefing)


def _build(
    items: Sequence[tuple[Document, Analysis]], title: str | None, query: str | None
) -> Briefing:
    """`build_briefing`."""
    # One name per person across the documents ("Mr Lai" in one, "Lai Ching-te" in another).
    ordered = unify_people(sorted(items, key=lambda pair: _sort_key(pair[0])))
    sources = tuple(
        SourceRef(
            number=i + 1,
            id=doc.id,
            path=doc.path,
            title=doc.title,
            date=doc.date.isoformat() if doc.date else None,
            outlet=doc.source,
            content_hash=doc.content_hash,
        )
        for i, (doc, _a) in enumerate(ordered)
    )
    # What reads "the headline" reads a title kept apart from the text as its first paragraph.
    reading = [with_headline(doc, analysis) for doc, analysis in ordered]
    stats = collect(reading)
    offices = person_offices(reading)
    for person, office in offices.items():
        stats[person].title = office  # every person mentioned has counts
    affiliation: dict[str, str] = {}
    for doc, analysis in ordered:
        for person, party in affiliations(doc.text, analysis.mentions, doc.year).items():
            affiliation.setdefault(person, party)
    # "Moscow said" in a story of 1962 is the Soviet Union speaking, as the principals read it.
    successors = former_state_names(reading)
    principals = choose_principals(stats, reading, affiliation, successors)
    people = {name: affiliation.get(name) for name, st in stats.items() if st.type == "PERSON"}
    owned = own_bodies(ordered, principals)
    misplaced = _misplaced_people(offices, affiliation)
    opposition = opposition_of(ordered, principals)
    opposition |= contesting_parties(ordered) | ruling_groups(ordered)
    opposition |= home_groups(ordered, principals)
    multi = len(ordered) > 1
    told = story_time(reading)  # when the story is told
    voices = voices_of_peoples(told, principals)

    seen = NearDuplicates()
    dropped = 0
    background: list[Item] = []
    reactions: list[Item] = []
    developments: list[tuple[float, int, _Candidate]] = []
    firsts: dict[int, list[_Candidate]] = {}
    dated_events: list[tuple[date, int, _Candidate]] = []
    candidates = _candidates(ordered)
    if misplaced:
        # a sentence naming the person with the body ("Gonsalves hosted the talks as the chair
        # of CELAC"), or giving the person the office of the body the sentence before names
        # ("UEFA said ... Its president, X, said"), tells the person's part in it, whatever
        # the office
        misplaced = {
            person: body
            for person, body in misplaced.items()
            if offices[person].casefold().startswith("former")
            or not any(
                _named_with(person, body, c, b)
                for b, c in zip([None, *candidates], candidates, strict=False)
            )
        }
    seen.prepare(c.sentence.text for c in candidates if c.sentence.label != "other")
    for position, c in enumerate(candidates):
        s = c.sentence
        if s.label == "other":
            continue
        if not seen.is_new(s.text):
            dropped += 1
            continue
        when = event_date(c)
        if when is not None:
            dated_events.append((when, position, c))
        if s.label == "background":
            background.append(_item(c))
            continue
        if successors and s.speakers:
            s = s.renamed(successors)
        if voices and s.speakers:
            s = spoken_for(s, voices)
        if misplaced and s.speakers:
            s = _without_misplaced(s, c.mentions, misplaced, affiliation)
        reaction: Item | None = None
        if s.label == "reaction" and _INTRO_ONLY.search(s.text) is None:
            third = third_party_speakers(s, principals, people, owned, opposition)
            if not third and s.speakers and (acting := _main_clause_act(c, affiliation)):
                # A side speaking only in a clause of its own ("Morocco has sent investigators
                # to Spain, cooperation that Madrid has praised"): the subject acting is the
                # third party's act.
                act = replace(s, label="development", speakers=acting)
                third = third_party_speakers(act, principals, people, owned, opposition)
                if third:
                    reaction = _action_item(c, ", ".join(third))
            # (a refusal to comment and nothing more tells no position: no reaction, as the
            # gold conventions have it)
            if reaction is None and third and not declines_only(s.text):
                reaction = _item(c, actor=", ".join(third), with_stance=True)
        elif s.speakers and s.label == "development":
            # A third party acting ("Panama suspended flights") is reacting too.
            third = third_party_speakers(s, principals, people, owned, opposition)
            if third:
                reaction = _action_item(c, ", ".join(third))
        # (a schedule, an observer, a source of figures: no reaction, a development)
        if reaction is not None and is_reported_reaction(reaction, s.label == "reaction"):
            reaction = _as_followed(reaction, reactions[-1] if reactions else None)
            reactions.append(_second_opinion(reaction, s.label == "reaction"))
            continue
        developments.append((_informativeness(c, principals), position, c))
        if s.label == "development" and len(firsts.setdefault(c.order, [])) < LEAD_CHOICES:
            firsts[c.order].append(c)

    # Each document's lead: the most informative of its first development sentences.
    leads = {
        order: max(cands, key=lambda c: _informativeness(c, principals))
        for order, cands in firsts.items()
    }
    limit = DEVELOPMENTS_MULTI if multi else DEVELOPMENTS_SINGLE
    best = sorted(developments, key=lambda t: (-t[0], t[1]))[:limit]
    chosen_devs = [
        _item(c, actor=speaker_label(c.sentence), with_stance=c.sentence.label == "reaction")
        for _score, _pos, c in sorted(best, key=lambda t: t[1])
    ]
    if multi:
        background = background[:BACKGROUND_MULTI]

    sections = [
        Section("background", SECTION_TITLES["background"], items=tuple(background)),
        Section(
            "actors",
            SECTION_TITLES["actors"],
            actors=build_actors(
                stats,
                principals,
                affiliation,
                _publishers(ordered),
                sides=_sides(stats, principals, owned, opposition),
                when=told,
                successors=successors,
            ),
        ),
        Section("reactions", SECTION_TITLES["reactions"], items=tuple(reactions)),
        Section("developments", SECTION_TITLES["developments"], items=tuple(chosen_devs)),
    ]
    dated = {doc.date for doc, _a in ordered if doc.date}
    if multi and len(dated) > 1:
        sections.append(
            Section("timeline", SECTION_TITLES["timeline"], items=_timeline(leads, dated_events))
        )

    dates = sorted(d.isoformat() for d in dated)
    notes = (f"{dropped} near-duplicate sentences left out",) if dropped else ()
    return Briefing(
        title=_title(ordered, title, query, principals),
        sources=sources,
        sections=tuple(sections),
        entities=_entities(stats),
        principals=principals,
        query=query,
        date_range=(dates[0], dates[-1]) if dates else None,
        notes=notes,
    )


_OPENING_DATE = re.compile(r"^(?:on|by|since|until|between)\s+", re.IGNORECASE)


def event_date(c: _Candidate) -> date | None:
    """The date a sentence opens on ("On 15 December, ..."), read against its article's year;
    None when it opens on none, or the date would fall after the article."""
    published = c.doc.date
    opening = _OPENING_DATE.match(c.sentence.text)
    if published is None or opening is None:
        return None
    found = match_date(c.sentence.text[: opening.end() + 24], year=published.year)
    if found is None or found[1].start() != opening.end():
        return None
    when = found[0]
    if when > published:
        when = year_before(when)  # "On 27 December" in a January article
    return when


def _timeline(
    leads: dict[int, _Candidate], dated: list[tuple[date, int, _Candidate]]
) -> tuple[Item, ...]:
    """Dated events across documents: each document's lead development on its date, and
    sentences that open on an explicit date, in date order."""
    events: list[tuple[date, int, Item]] = []
    taken: set[int] = set()
    for when, position, c in dated:
        events.append((when, position, replace(_item(c), date=when.isoformat())))
        taken.add(id(c))
    for order in sorted(leads):
        c = leads[order]
        if c.doc.date is not None and id(c) not in taken:
            events.append((c.doc.date, -1, _item(c)))
    events.sort(key=lambda e: (e[0], e[1]))
    return tuple(item for _when, _pos, item in events)


def speaker_label(sentence: Sentence) -> str | None:
    """The speakers of a sentence as one label, if it reports a statement."""
    return ", ".join(sentence.speakers) if sentence.label == "reaction" else None


def _entities(stats: dict[str, ActorStats]) -> tuple[tuple[str, str, int], ...]:
    rows = [(st.name, st.type, st.mentions) for st in stats.values() if st.mentions]
    rows.sort(key=lambda r: (-r[2], r[0]))
    return tuple(rows)
