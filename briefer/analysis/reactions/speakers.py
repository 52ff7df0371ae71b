"""The speaker finder: `find_speakers` and `analyse_reaction` read a sentence for its speakers and
the stance of what they said. `_speakers` runs the readings in order: each reporting verb
(`verb_readings`), then the whole sentence (`sentence_readings`), all sharing one `Finding`
(`finding`); a `Resolver` answers for a subject that names no one ("It said", "the bloc")."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from briefer.analysis import gazetteer
from briefer.analysis.frozen import quick_init
from briefer.analysis.model import Mention
from briefer.analysis.owners import is_commentator, is_state
from briefer.analysis.prefilter import tail
from briefer.analysis.reactions.act_parties import _parties_for, _past_clock
from briefer.analysis.reactions.acts import acting_subject, says_nothing
from briefer.analysis.reactions.cues import VERB
from briefer.analysis.reactions.finding import ADJACENT as ADJACENT
from briefer.analysis.reactions.finding import BLOC_OF as BLOC_OF
from briefer.analysis.reactions.finding import PAIR as PAIR
from briefer.analysis.reactions.finding import STATE_BODY as STATE_BODY
from briefer.analysis.reactions.finding import Finding
from briefer.analysis.reactions.finding import Resolver as Resolver
from briefer.analysis.reactions.organs import as_organ
from briefer.analysis.reactions.quotes import _PRONOUN_ATTRIBUTION, _QUOTE_THEN_ATTRIBUTION
from briefer.analysis.reactions.resolutions import resolution_of_body
from briefer.analysis.reactions.sentence_readings import (
    according_to,
    aide_of_leader,
    alongside,
    anonymous_at_seat,
    backed_by,
    capital_opening,
    clause_joins,
    colon_quote,
    drew_from,
    gapped_sums,
    in_capacity,
    judged_move,
    named_aside,
    office_alone,
    officer_of_body,
    own_state,
    party_label,
    pull_quote,
    reaction_noun,
    regional_group_or_state_media,
    thanked,
    told_last,
    unnamed_people,
)
from briefer.analysis.reactions.verb_readings import read_verb
from briefer.analysis.stance import cameo_of, stance_of


@quick_init
@dataclass(frozen=True, slots=True)
class Reaction:
    """The speakers of one sentence (canonical names) and the stance of what they said."""

    speakers: tuple[str, ...]
    stance: str | None
    cameo: str | None


def find_speakers(
    text: str,
    mentions: Sequence[Mention],
    affiliation: Mapping[str, str] | None = None,
    resolve: Resolver | None = None,
) -> tuple[str, ...]:
    """Canonical speakers of `text`, in order of appearance.

    `mentions` are offsets relative to `text`, sorted; `affiliation` maps people to parties;
    `resolve` answers for subjects such as "he", "the bloc" or "the statement".
    """
    return _speakers(text, mentions, affiliation, resolve)[0]


def _speakers(
    text: str,
    mentions: Sequence[Mention],
    affiliation: Mapping[str, str] | None,
    resolve: Resolver | None,
) -> tuple[tuple[str, ...], int]:
    """`find_speakers`, with the offset where the first speaker's own clause begins: what comes
    before it ("Speaking after talks, ...", "A statement condemning X was blocked after") is
    not what the speaker said. 0 when the speaker follows the words (a quote, a passive).

    The readings run in this order, each on what the ones before found."""
    f = Finding.of(text, mentions, affiliation or {}, resolve)
    for v in f.sieve.finditer(VERB):
        read_verb(f, v)
    # Readings of the whole sentence when no verb's subject spoke, or beside it.
    party_label(f)
    colon_quote(f)
    reaction_noun(f)
    pull_quote(f)
    office_alone(f)
    resolution_of_body(f)
    regional_group_or_state_media(f)
    aide_of_leader(f)
    capital_opening(f)
    # Readings that add the parties acting or speaking beside the speakers found.
    anonymous_at_seat(f)
    judged_move(f)
    told_last(f)
    clause_joins(f)
    gapped_sums(f)
    backed_by(f)
    alongside(f)
    drew_from(f)
    according_to(f)
    thanked(f)
    named_aside(f)
    # Readings that replace the speakers found.
    body = in_capacity(f)
    if body is not None:
        return (body,), max(f.anchor, 0)
    body = officer_of_body(f)
    if body is not None:
        return (body,), max(f.anchor, 0)
    own = own_state(f)
    if own is not None:
        return (own,), max(f.anchor, 0)
    if unnamed_people(f):
        return (), 0
    return tuple(f.speakers), max(f.anchor, 0)


def _mere_place(name: str, mentions: Sequence[Mention]) -> bool:
    """A town or region with no government of its own ("Residents of Mitrovica said"): the
    people of a place speak for no party; states and self-governing territories do.

    So is a place the name rules found that no list knows ("the northern town of X, the
    government said", "an elder in the port town of X told"): every state, capital and
    self-governing territory is in the gazetteer, so an unknown place is a town or a district.
    (One lookup tells which of the two to ask: it was made twice for every speaker.)"""
    listed = _listed_mere_place(name)
    if listed is None:
        return any(m.canonical == name for m in mentions) and all(
            m.type in ("GPE", "LOC") for m in mentions if m.canonical == name
        )
    return listed


@gazetteer.tied
@lru_cache(maxsize=4096)
def _listed_mere_place(name: str) -> bool | None:
    """`_mere_place` for a name the gazetteer knows; None for one it does not. Kept per name:
    asked of every speaker found, a few names a document, each a lookup."""
    known = gazetteer.canonical_name(name)
    if known is None:
        return None
    return (
        known[0] == name
        and known[1] in ("GPE", "LOC")
        and not is_state(name)
        and not gazetteer.is_territory(name)
        and not gazetteer.is_former_state(name)  # "The Soviet Union said" in a story of 1989
    )


def _named_after_quote(
    text: str, mentions: Sequence[Mention], affiliation: Mapping[str, str] | None
) -> tuple[str, ...]:
    """The speakers the attribution after an opening quotation names, if it names any
    ('"The Uzbek government has promised reforms ...," said X, director at Y' is Y's, not
    Uzbekistan's); () when it names no one ('"France condemns it," a spokesman said': the
    quotation may name its speaker then)."""
    quote = _QUOTE_THEN_ATTRIBUTION.match(text)
    if quote is None:
        return ()
    at = quote.end()
    rest = [m for m in mentions if m.start >= at]
    if not rest:
        return ()
    return _speakers(_blank_quote(text, quote), rest, affiliation, None)[0]


def _party_after_quote(
    text: str, mentions: Sequence[Mention], affiliation: Mapping[str, str] | None
) -> tuple[str, ...]:
    """`_named_after_quote`, only the states and organisations it names: not a person no title
    places ("spokesman Tony Snow said") nor an organ whose name tells no state ("a Foreign
    Ministry spokesman said"), which the words before may place better."""
    people = {m.canonical for m in mentions if m.type == "PERSON"}
    return tuple(
        p
        for p in _named_after_quote(text, mentions, affiliation)
        if p not in people and as_organ(p, mentions)
    )


def _blank_quote(text: str, quote: re.Match[str]) -> str:
    """`text` with the quotation's words blanked, its offsets kept: only the attribution can
    speak."""
    start, end = quote.span("words")
    return text[:start] + re.sub(r"[^\s,]", "x", text[start:end]) + text[end:]


def analyse_reaction(
    text: str,
    mentions: Sequence[Mention],
    affiliation: Mapping[str, str] | None = None,
    resolve: Resolver | None = None,
) -> Reaction:
    """Speakers, stance and CAMEO code for one sentence (`mentions` relative to `text`)."""
    text, mentions = _past_clock(text, mentions)
    if says_nothing(text):
        return Reaction((), None, None)
    quote = _QUOTE_THEN_ATTRIBUTION.match(text)
    if quote is not None and _PRONOUN_ATTRIBUTION.match(text, quote.end()) is not None:
        # '"Interpol asked for help, and we obliged," he said': the pronoun is the speaker;
        # the parties the quoted words name act inside them, not in the sentence
        outside = [m for m in mentions if m.start >= quote.end("words")]
        speakers, anchor = _speakers(_blank_quote(text, quote), outside, affiliation, resolve)
    else:
        speakers, anchor = _speakers(text, mentions, affiliation, resolve)
    if len(speakers) > 1:
        speakers = _named_after_quote(text, mentions, affiliation) or speakers
    elif speakers:
        # '"The President has said ...," State Department spokesman X told reporters': who
        # speaks in the quoted words is not who said them, when the attribution names a party
        # (an unaffiliated name or an organ of no state named there leaves the words' reading)
        speakers = _party_after_quote(text, mentions, affiliation) or speakers
    speakers = tuple(
        dict.fromkeys(
            p
            for s in speakers
            if not (is_commentator(s) or _mere_place(s, mentions))
            for o in as_organ(s, mentions)
            for p in _parties_for(text, mentions, o)
        )
    )
    if not speakers:
        return Reaction((), None, None)
    if anchor > 0 and set(acting_subject(text, mentions, affiliation)) & set(speakers):
        # "The US dispatched two rescue teams, and President Biden told Erdogan ...": the
        # sentence opens on the speaker's own party acting, whose deed is its first word
        anchor = 0
    # (the words from the speaker on, their sieve cut from the sentence's: not scanned again)
    stance = stance_of(tail(text, anchor))
    return Reaction(speakers, stance, cameo_of(stance, text))
