"""States that act together with a side, or that an act falls on together with one.

"Saudi Arabia, the UAE, Bahrain and Egypt severed ties with Qatar", "recalls envoys from
Washington and Canberra", "warplanes from Mali, Niger and Benin struck": a coalition's
members are all sides, however seldom each is named alone; so are the states a side's own act
in the opening falls on together ("his government accused France, Portugal, Spain and Italy").
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from briefer.analysis.model import Analysis, Mention
from briefer.analysis.reactions import government_of, is_state
from briefer.briefing.roles.attacks import act_of_arms_end
from briefer.briefing.roles.cues import CLASH
from briefer.briefing.stats import opening_sentences
from briefer.sources.document import Document

# The group's own act right after it ("... and Egypt severed", "US and British jets strike").
# ... or ends their quarrel together ("... and Egypt agreed on Tuesday to restore ties"), up to
# four words on, a body's acronym among them ("... and Germany trigger return of UN sanctions"),
# or says they act as one ("Estonia, Sweden and Finland launch joint inquiry").
_MENDS = re.compile(
    r"\b(?:restor\w*|resum\w*|normali[sz]\w*|reopen\w*|lift\w*|end(?:s|ed)?|"
    r"patch(?:es|ed|ing)?\s+up|mend(?:s|ed|ing)?|reconcil\w*)\b"
)
_ACTS_AFTER = re.compile(
    r"^\s*(?:(?:(?-i:[a-z][\w-]*)|(?-i:[A-Z]{2,5})|on\s+(?-i:[A-Z])\w+)\s+){0,4}?(?:"
    + CLASH.pattern
    + "|"
    + _MENDS.pattern
    + r"|\b(?:joint|jointly|together)\b)",
    re.IGNORECASE,
)
_LIST_JOIN = re.compile(r"^(?:,\s*(?:the\s+)?|,?\s+and\s+(?:the\s+)?)$")
# The group as what the act falls on ("France recalls envoys from Washington and Canberra",
# "recalled its ambassadors to the United States and Australia"): not ground ("drills near").
_ACTED_ON_BEFORE = re.compile(
    r"(?:"
    + CLASH.pattern
    + r")\s+(?:(?-i:[a-z])[\w'’-]*\s+){0,3}?(?:(?:from|to|with|against|on|of)\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
_GROUND_WORD = re.compile(r"\b(?:in|at|near|off|around|over|across|inside|outside|into)\s", re.I)


def allies(
    items: Sequence[tuple[Document, Analysis]],
    chosen: Sequence[str],
    people: Mapping[str, str] | None = None,
) -> list[str]:
    """States that act jointly with a side in the headline or lead ("Saudi Arabia, the United
    Arab Emirates, Bahrain and Egypt severed relations with Qatar", "Biden and Macron patch up
    ties": leaders for their states) or that the act falls on together with a side ("France
    recalls envoys from Washington and Canberra"): a coalition's members are all sides, however
    seldom each is named alone."""
    people = people or {}
    found: list[str] = []
    for doc, analysis in items:
        ordered = sorted(analysis.mentions, key=lambda m: m.start)
        for sentence in opening_sentences(analysis):
            inside = [m for m in ordered if sentence.start <= m.start < sentence.end]
            group: list[Mention] = []
            for m in [*inside, None]:
                if m is not None and (
                    not group or _LIST_JOIN.match(doc.text[group[-1].end : m.start])
                ):
                    group.append(m)
                    continue
                names = [
                    people.get(g.canonical) or government_of(g.canonical) or g.canonical
                    for g in group
                ]
                after = doc.text[group[-1].end : group[-1].end + 40] if group else ""
                start = group[0].start if group else sentence.start
                before = doc.text[max(sentence.start, start - 60) : start]
                acted_on = (
                    len(group) > 1
                    and _ACTED_ON_BEFORE.search(before) is not None
                    and _GROUND_WORD.search(before[-12:]) is None
                )
                acting = acted_on or (len(group) > 1 and _ACTS_AFTER.match(after) is not None)
                if len(group) == 2 and "," in doc.text[group[0].end : group[1].start]:
                    acting = False  # "talks in Switzerland, and Cambodia reopened": two clauses
                # "his government accused France, Portugal, Spain and Italy of endangering his
                # life": states a side's own act falls on together are the other side of it.
                by_side = (
                    acting
                    and acted_on
                    and any(
                        (people.get(d.canonical) or government_of(d.canonical) or d.canonical)
                        in chosen
                        for d in inside
                        if d.start < start
                    )
                )
                # "Warplanes from Mali, Niger and Benin struck militia positions": states
                # striking together are a coalition, sides of their campaign's story.
                coalition = (
                    len(group) > 1
                    and all(is_state(n) for n in names)
                    and act_of_arms_end(doc.text, group[-1].end, sentence) is not None
                )
                if (acting and any(n in chosen for n in names)) or coalition or by_side:
                    found += [n for n in names if is_state(n) and n not in found]
                group = [m] if m is not None else []
    return found
