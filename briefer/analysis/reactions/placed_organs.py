"""An unnamed organ of a state acting where the sentence places it: "In Athens, the government
ordered tighter searches", "Police in New Delhi stopped a march", "Tehran radio continued to
blame ...". News names the state by the place (its capital, or the state itself) and the organ
by its common noun; the act is that state's, as "In Athens, the government said" is its
statement. The act is read as if the state were named in the organ's place, so every rule of
`acting_subject` (a verb, no plan, no mere state of being, no silence) still applies."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from briefer.analysis.model import Mention, mentions_from
from briefer.analysis.owners import government_of, is_state
from briefer.analysis.reactions.acts import acting_subject
from briefer.analysis.reactions.places import _capital_opening

# The common nouns of a state's own organs: who acts for it without a name.
_ORGAN = (
    r"(?:(?:official|state|state-run|state-owned|national|central)\s+)?"
    r"(?:government|authorities|officials|police|radio|television|news\s+agency|"
    r"(?:foreign\s+|interior\s+|defen[cs]e\s+)?ministry|cabinet|army|military|coast\s+guard)"
)
# "the government ordered": the organ opening the clause (after "In Athens, ").
_ORGAN_OPENING = re.compile(r"(?:the\s+)?" + _ORGAN + r"\b", re.IGNORECASE)
# "Police in New Delhi stopped", "Officials in Tokyo said": the organ, then where it sits.
_ORGAN_IN = re.compile(r"(?:the\s+)?" + _ORGAN + r"\s+(?:in|at)\s+$", re.IGNORECASE)
# "Tehran radio continued": the place's name, then the organ.
_PLACE_ORGAN = re.compile(r"\s+" + _ORGAN + r"\b", re.IGNORECASE)
_CUT = re.compile(r"[,;:]\s*")  # a clause's cut and the space after it


def _state_of(place: Mention) -> str | None:
    """The state a place mention stands for: itself, or the state whose capital it is."""
    if place.type != "GPE":
        return None
    if is_state(place.canonical):
        return place.canonical
    return government_of(place.canonical)


def _organ_span(text: str, mentions: Sequence[Mention]) -> tuple[int, int, str] | None:
    """Where the unnamed organ opening the sentence's clause runs, and the state the sentence
    places it in, if it does."""
    opening = _capital_opening(text, mentions)
    if opening:
        # "In Athens, the government ...": the organ right after the place's comma
        comma = _CUT.search(text, mentions[0].end)
        if comma is None:
            return None
        start = comma.end()
        organ = _ORGAN_OPENING.match(text, start)
        return (start, organ.end(), opening[0]) if organ is not None else None
    if not mentions:
        return None
    first = mentions[0]
    state = _state_of(first)
    if state is None:
        return None
    if first.start == 0:
        # "Tehran radio continued": a capital named before the organ (a state's own name
        # there is read by `acting_subject` itself)
        organ = _PLACE_ORGAN.match(text, first.end)
        if organ is None or first.canonical == state:
            return None
        return 0, organ.end(), state
    if _ORGAN_IN.fullmatch(text, 0, first.start):
        return 0, first.end, state  # "Police in New Delhi stopped"
    return None


def placed_organ_act(
    text: str, mentions: Sequence[Mention], affiliation: Mapping[str, str] | None = None
) -> tuple[str, ...]:
    """The state whose unnamed organ acts in the sentence, where the sentence places the organ
    ("In Reykjavik, the government took control of the banks" -> Iceland); () otherwise."""
    found = _organ_span(text, mentions)
    if found is None:
        return ()
    end, state = found[1], found[2]
    # Read the rest as the state's own act: "Greece ordered tighter searches ..."
    width = len(state)
    stand_in = Mention(0, width, state, state, "GPE")
    rest = [
        Mention(m.start + width, m.end + width, m.surface, m.canonical, m.type)
        for m in mentions_from(mentions, end)
    ]
    parties = acting_subject(state + text[end:], [stand_in, *rest], affiliation)
    return (state,) if parties == (state,) else ()
