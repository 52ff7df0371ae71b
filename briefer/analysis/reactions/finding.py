"""The state a sentence's readings for its speakers share (`Finding`), and the step they all
end on: adding the parties a subject speaks for, a lone subject's title, owner or place saying
for whom it speaks."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from briefer.analysis import gazetteer
from briefer.analysis.affiliation import is_title_gap
from briefer.analysis.model import Mention
from briefer.analysis.owners import (
    government_of,
    is_state,
    is_title,
    owner_state,
    owning_state,
    party_of,
)
from briefer.analysis.prefilter import Sieve, sieve_of
from briefer.analysis.reactions.cues import _SAYING
from briefer.analysis.reactions.places import _IN_PLACE
from briefer.analysis.reactions.quotes import (
    _ADDING_AFTER,
    _AS_SPEAKER,
    _ATTRIBUTION_TAIL_WORDS,
    _LABEL_OPENING,
    _QUOTED_BEFORE,
    _REPORTED_BEFORE,
    _WHICH_BEFORE,
)
from briefer.analysis.reactions.subjects import _FRONTED_WITH
from briefer.analysis.reactions.titles import (
    _BARE_TITLE,
    _BLOC_TITLE,
    _LOCAL_VOICE,
    _POSSESSIVE_TITLE,
    office_between,
    the_commission,
)

#: Resolver kind prefix: the rest names a region whose bloc is wanted ("bloc-of:West African").
BLOC_OF = "bloc-of:"

#: Resolves an anaphoric subject: (kind, position in the sentence) -> speakers. Kinds: "person"
#: ("he", "the minister"), "org" ("the bloc"), "it", "group" ("they", "the statement") and
#: "speaker" (an unnamed or untitled spokesperson: whoever spoke just before).
Resolver = Callable[[str, int], tuple[str, ...]]

#: Resolver kind: the two parties that spoke or acted last ("Both said").
PAIR = "pair"
#: Resolver kind: the state whose ministry or government "its" names ("Its foreign ministry").
STATE_BODY = "state-body"
#: Resolver kind: the speakers of the sentence just before, in the same paragraph ("The ECB said
#: ... . Two officials said"): unnamed officials go on for the party that has just spoken.
ADJACENT = "adjacent"

# The name of a government's own body: "Foreign Office", "Unification Ministry".
_STATE_BODY_NAME = re.compile(r"\b(?:Ministry|Office|Department|Presidency|Cabinet|Chancellery)\b")
# "The European Union's Slovenian presidency": the body's possessive, then after the state's
# adjective, "presidency".
_BODY_POSSESSIVE = re.compile(r"(?:'s|’s|(?<=s)['’])\s+(?:rotating\s+)?")
_PRESIDENCY_AFTER = re.compile(r"\s+(?:rotating\s+)?presidency\b")
# The bodies a state's "presidency" in the same sentence is the rotating presidency of.
_ROTATING_PRESIDENCIES = frozenset(["European Union", "European Community"])
_ATTRIBUTION_ENDS = re.compile(r"\s*(?:,|$)")


def reported_after(text: str, verb: re.Match[str], reported_from: int) -> int:
    """Where reported words begin after a verb of saying: right after it, unless it ends an
    attribution set between commas ("The Council will meet, diplomats said, after Estonia
    asked": what follows the comma is the sentence's own clause, not what was said)."""
    if _ATTRIBUTION_ENDS.match(text, verb.end()):
        return reported_from
    return verb.end()


# Between an organ and the capital that places it: " in ", " spokesman in ".
_SEATED_IN = re.compile(r"\s+(?:(?:spokes(?:man|woman|person)|officials?|source)\s+)?in\s+")


@dataclass(slots=True)
class Finding:
    """One sentence read for its speakers: the text and its mentions, the speakers found so
    far, and what the readings before have settled (where the speaker's own clause begins,
    whether a verb or its subject was found, where the reported words begin)."""

    text: str
    mentions: Sequence[Mention]
    aff: Mapping[str, str]
    resolve: Resolver | None
    # Each pattern runs only if its literals occur in the sentence (see `prefilter`).
    sieve: Sieve
    #: An aside naming the speaker ("as the French foreign ministry put it"), searched once.
    as_speaker: re.Match[str] | None
    #: `as_speaker` if it names someone: its own verb is not the sentence's.
    aside: re.Match[str] | None
    #: A clause set before the subject ("After meeting X, ..."), whose names do not speak.
    fronted: re.Match[str] | None
    speakers: list[str] = field(default_factory=list)
    anchor: int = -1  # where the speaker's own clause begins
    found_subject: bool = False
    found_verb: bool = False
    subject_at: int = -1  # where the first speaker named as a verb's subject stands
    reported_from: int = -1  # offset after a "said": what follows is reported content

    @classmethod
    def of(
        cls,
        text: str,
        mentions: Sequence[Mention],
        aff: Mapping[str, str],
        resolve: Resolver | None,
    ) -> Finding:
        """The reading's start; a list item labelled with its speaker ("France: The foreign
        ministry said ...") resolves every unnamed subject to the label's party."""
        sieve = sieve_of(text)
        label = sieve.match(_LABEL_OPENING)
        if label is not None and resolve is not None:
            labelled = [m for m in mentions if m.end <= label.end("label")]
            if len(labelled) == 1:
                label_party = (party_of(labelled[0], aff),)
                resolve = lambda kind, pos: label_party  # noqa: E731
        as_speaker = sieve.search(_AS_SPEAKER)
        aside = as_speaker
        if aside is not None and not (
            aside.group("office")
            or any(aside.start("who") <= m.start < aside.end("who") for m in mentions)
        ):
            aside = None  # ("known as the Troika - said": no one named in the aside)
        fronted = sieve.match(_FRONTED_WITH)
        return cls(text, mentions, aff, resolve, sieve, as_speaker, aside, fronted)

    def add_names(self, names: Sequence[str]) -> None:
        for name in names:
            if name not in self.speakers:
                self.speakers.append(name)

    def prepend_names(self, names: Sequence[str]) -> None:
        """Speakers in order of appearance, each once."""
        self.speakers[:0] = [p for p in names if p not in self.speakers]

    def add(self, group: Sequence[Mention]) -> None:
        """The parties a subject speaks for: each mention's own, unless a lone mention's title,
        owner or place says for whom it speaks."""
        group = [m for m in group if m.type != "LOC"]  # a region speaks for no one
        if not group:
            return
        if len(group) == 1 and (body := self._presiding_body(group[0])) is not None:
            # "The European Union's Czech presidency said": the body its presidency speaks for
            group = [body]
        if len(group) == 1 and self._lone_speaker(group[0]):
            return
        if len(group) == 1 and (titled := self._titled_person(group[0])) is not None:
            # "The EU's enlargement commissioner, X, said": the office X holds, as the title
            # reads it (a commissioner sits in the Commission)
            self.add_names([self.aff[titled.canonical]])
            return
        self.add_names([party_of(m, self.aff) for m in group])

    def _presiding_body(self, state: Mention) -> Mention | None:
        """The organisation whose presidency a state's adjective names ("the EU's Czech
        presidency"): the body's possessive, the state, then "presidency" (a rotating
        presidency speaks for the body, not for the state that holds it)."""
        if (
            state.type not in ("NORP", "GPE")
            or _PRESIDENCY_AFTER.match(self.text, state.end) is None
        ):
            return None
        before = [m for m in self.mentions if m.end <= state.start]
        if (
            before
            and before[-1].type == "ORG"
            and _BODY_POSSESSIVE.fullmatch(self.text, before[-1].end, state.start) is not None
        ):
            return before[-1]  # "The European Union's Czech presidency said"
        # "The European Community said in a statement issued by the Danish presidency", "The
        # Czech presidency said EU monitors would stay": the Union named beside the presidency
        # is the body it holds (a state's own presidency names no Union: "the Turkish
        # presidency said")
        return next((m for m in self.mentions if m.canonical in _ROTATING_PRESIDENCIES), None)

    def _seat_state(self, body: Mention) -> str | None:
        """The state of a ministry or office the text places in a capital ("the Foreign Office
        in London", "the Unification Ministry in Seoul"), when its name gives none."""
        if not _STATE_BODY_NAME.search(body.canonical) or owner_state(body.canonical):
            return None
        place = next((m for m in self.mentions if m.start >= body.end), None)
        if place is None or place.type != "GPE":
            return None
        if not _SEATED_IN.fullmatch(self.text, body.end, place.start):
            return None  # ("A Defence Ministry spokesman in Paris said": its officer there)
        state = government_of(place.surface)
        return state if state is not None and is_state(state) else None

    def _titled_person(self, head: Mention) -> Mention | None:
        """The person a possessive title after `head` introduces ("The EU's enlargement
        commissioner, X,"), if the text gives that person a party of their own."""
        if head.type not in ("ORG", "GPE", "NORP"):
            return None
        after = next((m for m in self.mentions if m.start >= head.end), None)
        if after is None or after.type != "PERSON" or after.canonical not in self.aff:
            return None
        gap = self.text[head.end : after.start]
        return after if gap.rstrip().endswith(",") and is_title_gap(gap) else None

    def _lone_speaker(self, person: Mention) -> bool:
        """Whether a lone subject was read as speaking for another party (or for the one
        already found): a state's body, a bloc's officer, a titled person."""
        text = self.text
        if person.type == "ORG" and not _independent(text, person):
            owner = owning_state(text, self.mentions, person) or self._seat_state(person)
            if owner is not None:
                self.add_names([owner])  # "Britain's National Cyber Security Centre said"
                return True
        bloc_title = (
            _BLOC_TITLE.search(text, max(0, person.start - 60), person.start)
            if person.type == "PERSON" and self.resolve is not None
            else None
        )
        if bloc_title is not None and self.resolve is not None:
            # "The bloc's foreign policy chief, X, said": the bloc the text names before,
            # whatever body the person is known to sit in (its commissioner: its Commission)
            bloc = the_commission(bloc_title.group(0), self.resolve("org", person.start))
            if bloc:
                self.add_names(bloc)
                return True
        if (
            person.type == "PERSON"
            and self.resolve is not None
            and (
                is_state(aff := self.aff.get(person.canonical, ""))
                or gazetteer.is_former_state(aff)
            )
            and _POSSESSIVE_TITLE.search(text, max(0, person.start - 60), person.start)
        ):
            # "The Commission took a cautious line. Its president, X, said": the office is the
            # body's that the sentence just before gives as its speaker, whatever state the
            # holder is known for (a body's own man, its spokesman, stays the body's)
            body = self.resolve(ADJACENT, person.start)
            if len(body) == 1 and gazetteer.actor_type(body[0]) == "ORG":
                self.add_names(body)
                return True
        if (
            person.type == "PERSON"
            and person.canonical not in self.aff
            and not is_title(person.canonical)
        ):
            return (
                self._apposed_office(person)
                or self._office_before(person)
                or self._titled_in_place(person)
                or self._titled_unnamed(person)
            )
        return False

    def _apposed_office(self, person: Mention) -> bool:
        """A person in apposition to an office its owner names ("Serhan Aktoprak, IOM's Chief of
        Mission in Papua New Guinea, added"): the body, or the state, whose office it is."""
        holder = next((m for m in self.mentions if m.start > person.end), None)
        if (
            holder is not None
            and holder.type in ("ORG", "GPE", "NORP")
            and _APPOSED.fullmatch(self.text, person.end, holder.start)
            and _OWNERS_TITLE.match(self.text, holder.end)
        ):
            party = party_of(holder, self.aff)
            if holder.type == "ORG" or is_state(party):
                self.add_names([party])
                return True
        if (
            holder is not None
            and holder.type in ("GPE", "ORG")
            and _SPEAKING_FOR.fullmatch(self.text, person.end, holder.start)
            and self.text.startswith(",", holder.end)
        ):
            # "Nikolai Fedorenko, for the Soviet Union, said": whom the person speaks for
            party = party_of(holder, self.aff)
            if holder.type == "ORG" or is_state(party) or gazetteer.is_former_state(party):
                self.add_names([party])
                return True
        if (
            holder is not None
            and holder.type in ("GPE", "NORP")
            and _APPOSED_QUALIFIED.fullmatch(self.text, person.end, holder.start)
            and _STATES_TITLE.match(self.text, holder.end)
        ):
            # "Arthur Goldberg, the United States delegate, said", "X, the top U.S. diplomat
            # for Latin America, said": the state's officer, told by its adjective
            party = party_of(holder, self.aff)
            if is_state(party) or gazetteer.is_former_state(party):
                self.add_names([party])
                return True
        return False

    def _office_before(self, person: Mention) -> bool:
        """A person after the office a party's name opens ("The U.S. Assistant Secretary of State
        for African Affairs, Jendayi Frazer, said"): that party, a state or a body."""
        before = [m for m in self.mentions if m.end <= person.start]
        if not before or before[-1].type not in ("GPE", "NORP", "ORG"):
            return False
        if not office_between(self.text, before[-1], person):
            return False
        party = party_of(before[-1], self.aff)
        if before[-1].type != "ORG" and not (is_state(party) or gazetteer.is_former_state(party)):
            return False
        self.add_names([party])
        return True

    def _titled_in_place(self, person: Mention) -> bool:
        """A titled person of no known party speaking in a capital ("In Nairobi, President William
        Ruto told", '"...," Foreign Minister X said in Lisbon'): the capital's state."""
        text = self.text
        place = _IN_PLACE.match(text)
        if place is None or place.end(1) >= person.start:
            place = (
                _TITLED_SPOKE_IN.match(text, person.end)
                if _TITLE_BEFORE.search(text, max(0, person.start - 60), person.start)
                else None
            )
        if place is None:
            return False
        state = next(
            (
                government_of(m.canonical) or m.canonical
                for m in self.mentions
                if (m.start, m.end) == place.span(1)
            ),
            None,
        )
        if state is not None and is_state(state):
            self.add_names([state])
            return True
        return False

    def _titled_unnamed(self, person: Mention) -> bool:
        """A person whose title names no party ("Its secretary-general, Luis Almagro, recalled",
        "Spokesman John Kirby told"): the body or the speaker the text named before."""
        text = self.text
        window = max(0, person.start - 60)
        kind = None
        if _POSSESSIVE_TITLE.search(text, window, person.start):
            kind = "it"
        elif _BARE_TITLE.search(text, window, person.start):
            kind = "speaker"
        if kind in ("speaker", "it") and self.speakers:
            return True  # '"France condemns ...," government spokesman X said': France spoke
        if kind == "speaker" and _LOCAL_VOICE.search(text, window, person.start):
            # "court spokeswoman X confirmed": a domestic body's, not the last speaker's
            return True
        names = self.resolve(kind, person.start) if self.resolve is not None and kind else ()
        names = the_commission(text[window : person.start], names)  # "A Commission spokesman, X"
        if kind == "speaker" and "ministry" in text[window : person.start].lower():
            # a ministry is a state's: "ministry spokesman X" after "the CSTO's troops
            # left, the Russian Defence Ministry said" is Russia's
            names = tuple(n for n in names if is_state(n)) or names
        if kind == "speaker" and len(names) > 1:
            names = ()  # "spokesman X" speaks for one party, not for the pair before
        if names:
            self.add_names(names)
            return True
        return False

    def anchored(self, start: int, verb: re.Match[str]) -> int:
        """Where the speaker's words begin: at the subject, unless they came before it
        ('"...," Mr. Borrell said after the meeting', "..., the statement said")."""
        text = self.text
        if start >= verb.start():
            return 0
        last_words = (
            len(text[verb.end() :].split()) <= _ATTRIBUTION_TAIL_WORDS
            or _ADDING_AFTER.match(text, verb.end()) is not None
        )
        if _QUOTED_BEFORE.search(text, 0, start):
            return 0  # '"...," Deputy Secretary X said, adding ...': the quote is theirs
        if _WHICH_BEFORE.search(text, 0, start):
            return 0  # "a welcome first step, which the Secretary-General hopes": theirs too
        return 0 if last_words and _REPORTED_BEFORE.search(text, 0, start) else start

    def note_saying(self, v: re.Match[str]) -> None:
        """After a verb of saying, what follows is reported (see `reported_after`)."""
        if _SAYING.match(v.group(0)):
            self.reported_from = reported_after(self.text, v, self.reported_from)

    def resolved(self, names: Sequence[str], v: re.Match[str], start: int | None) -> None:
        """Speakers a resolver or place gave the verb `v`, its subject standing at `start`
        (None: the speaker's clause is the whole sentence)."""
        self.add_names(names)
        self.found_subject = True
        if self.anchor < 0:
            self.anchor = 0 if start is None else self.anchored(start, v)
        self.note_saying(v)


# A leader's or minister's title just before the name, and the capital the person spoke in.
_TITLE_BEFORE = re.compile(
    r"\b(?:President|Prime\s+Minister|(?:[A-Z][a-z]+\s+)?Minister|Chancellor|King)\s+$"
)
_TITLED_SPOKE_IN = re.compile(
    r"\s+(?:said|says|told\s+(?:reporters|journalists)|added)\s+(?:on\s+[A-Z][a-z]+\s+)?in\s+"
    r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s*(?:[.,;]|$)"
)
# An apposition naming a person's office by its owner: ", IOM's Chief of Mission in X,".
_APPOSED = re.compile(r",\s+(?:the\s+)?")
_OWNERS_TITLE = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,7}?[\w-]+\s*,")
_SPEAKING_FOR = re.compile(r",\s+(?:speaking\s+)?(?:for|on\s+behalf\s+of)\s+(?:the\s+)?")
# The same apposition with the state as an adjective: ", the deputy American representative,".
_APPOSED_QUALIFIED = re.compile(
    r",\s+(?:the\s+|a\s+|an\s+)?(?:(?:top|deputy|chief|senior|acting|permanent|special|new|"
    r"assistant|lead)\s+){0,2}"
)
_STATES_TITLE = re.compile(
    r"\s+(?:[a-z-]+\s+){0,2}?(?:delegate|representative|diplomat|envoy|ambassador|negotiator|"
    r"spokes(?:man|woman|person)|official|minister|secretary|adviser|advisor)"
    r"(?:\s+(?:for|to|at|on|in)\s+[^,;\"“”]{1,50})?\s*,"
)
# A state's name made its government: "Afghanistan's Taliban administration".
_GOVERNING_AFTER = re.compile(r"\s+(?:administration|government|authorities|regime|rulers)\b")


def _independent(text: str, org: Mention) -> bool:
    """A body the data knows and gives no owner: a private company or an independent group
    speaks for itself, whatever state's name it carries ("Denmark's A.P. Moller-Maersk said"),
    unless the sentence makes it the state's government ("Afghanistan's Taliban
    administration")."""
    return (
        gazetteer.is_independent(org.canonical)
        and _GOVERNING_AFTER.match(text, org.end) is None
        # ("Iran's Red Crescent said": a state's own national society, not the movement)
        and _NATIONAL_SOCIETY.fullmatch(org.surface) is None
    )


_NATIONAL_SOCIETY = re.compile(r"Red\s+(?:Cross|Crescent)(?:\s+Society)?")
