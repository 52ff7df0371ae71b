"""Where the story is set: the state of its dateline and of the places its headline and lead
set it in ("MANILA, Dec 1 -", "a coup attempt in Khartoum", "riots across northern Sudan").

The people a story names with no foreign title are that country's own (its officers, rebels,
ministers, victims), so the state the story is set in is reckoned with them when the leading
party is chosen (`choice.party_scores`), not whichever party the text names most: in one
country's coup, mutiny or disaster a foreign donor, protector or ally sending troops is often
named more than the country itself. (A state that does not lead even with them, a venue of
talks or a land of exile, leaves them to the party that does.)
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from briefer.analysis.model import Analysis
from briefer.analysis.reactions import government_of, is_state
from briefer.briefing.parties.home_affairs import state_of
from briefer.briefing.parties.place_states import state_of_place
from briefer.briefing.roles.places import sets_the_scene
from briefer.briefing.stats import dateline_place, opening_sentences
from briefer.sources.document import Document


def story_state(items: Sequence[tuple[Document, Analysis]]) -> str | None:
    """The state the story is set in: the one most of its datelines and of the places its
    headlines and leads set it in ("in Manila") lie in; None where none is named or two tie."""
    ranked = _setting_votes(items).most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def _setting_votes(items: Sequence[tuple[Document, Analysis]]) -> Counter[str]:
    """`story_state`'s count."""
    votes: Counter[str] = Counter()
    for doc, analysis in items:
        place = dateline_place(doc)
        filed = _state_of_name(place) if place is not None else None
        if filed is not None:
            votes[filed] += 1
        for sentence in opening_sentences(analysis):
            for m in analysis.mentions:
                if (
                    sentence.start <= m.start < sentence.end
                    and m.type in ("GPE", "LOC")
                    and sets_the_scene(doc.text, m)
                ):
                    state = state_of(m) or state_of_place(m.canonical)
                    if state is not None:
                        votes[state] += 1
    return votes


def _state_of_name(place: str) -> str | None:
    """The state a dateline's place is or lies in ("MANILA", "Bahir Dar", "Grenada")."""
    for name in dict.fromkeys((place, place.title())):
        state = government_of(name) or state_of_place(name)
        if state is not None and is_state(state):
            return state
    return None
