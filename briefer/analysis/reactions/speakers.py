"""The speaker finder: `find_speakers` and `analyse_reaction` walk a sentence from each reporting
verb to its speakers with the tables and helpers of the sibling modules, and ask a `Resolver`
for the party an unnamed subject ("It said", "the bloc") points back to."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from briefer.analysis import gazetteer
from briefer.analysis.affiliation import (
    CONVENTIONAL,
    government_of,
    is_commentator,
    is_domestic_institution,
    is_state,
    is_title,
    is_title_gap,
    owning_state,
    party_of,
)
from briefer.analysis.model import Mention, mentions_from
from briefer.analysis.prefilter import Sieve, sieve_of
from briefer.analysis.reactions.act_parties import _parties_for, _past_clock, requesters
from briefer.analysis.reactions.acts import _DATELINE, ANONYMITY, acting_subject, says_nothing
from briefer.analysis.reactions.anaphors import (
    _ANAPHOR_AFTER,
    _ANAPHOR_ASIDE,
    _ANAPHOR_BEFORE,
    _BODY_ANAPHORS,
    _ITS_BODY,
    _THEIR_GOVERNMENTS,
    anaphor_kind,
)
from briefer.analysis.reactions.coordination import _coordinated
from briefer.analysis.reactions.cues import (
    _A_MOVE,
    _AMONG_THOSE,
    _AND_VERB,
    _BACKED_BY,
    _BY_AGENT,
    _CLAUSE_JOIN,
    _DETERMINER,
    _DREW_FROM,
    _FEELING,
    _FIRST_TO,
    _GAPPED_AGENT,
    _INHERIT,
    _JOIN_OR_WHERE,
    _NEGATED,
    _NEITHER,
    _NEW_CLAUSE,
    _NO_COMMENT,
    _PASSIVE,
    _PASSIVE_AGENT,
    _PRESENT,
    _REACTION_NOUN,
    _SAID_BEFORE,
    _SAID_NOTHING,
    _SAYING,
    _STATIVE_PASSIVE,
    _TALLY,
    _THANKED_FOR,
    VERB,
)
from briefer.analysis.reactions.places import (
    _IN_PLACE,
    _capital_opening,
    _capital_subject,
    _place_where,
    _state_subject,
)
from briefer.analysis.reactions.quotes import (
    _ACCORDING,
    _ADDING_AFTER,
    _AS_SPEAKER,
    _ATTRIBUTION_TAIL_WORDS,
    _COLON_QUOTE,
    _INVERTED,
    _LABEL_OPENING,
    _PLAIN_SPOKEN,
    _PRONOUN_ATTRIBUTION,
    _PULL_QUOTE,
    _QUOTE_THEN_ATTRIBUTION,
    _QUOTED_BEFORE,
    _REPORTED_BEFORE,
    _SOURCE_OF,
    _TOLD_LAST,
    _WHICH_BEFORE,
    _WHO_BEFORE,
    _inside_quote,
)
from briefer.analysis.reactions.subjects import (
    _ATTRIBUTION_LAST,
    _CLAUSE_BREAK,
    _FRONTED_WITH,
    _clause_subject,
    _opening_party,
    _subject_after,
    _subject_before,
)
from briefer.analysis.reactions.titles import (
    _ANONYMOUS_AT_SEAT,
    _BARE_TITLE,
    _BLOC_TITLE,
    _CHAIR_ASIDE,
    _CHAIR_NAMED,
    _LOCAL_VOICE,
    _OFFICE_ALONE,
    _POSSESSIVE_TITLE,
    _REGIONAL_GROUP,
    _STATE_MEDIA,
    _UNNAMED_BEFORE,
    _UNNAMED_PEOPLE,
    _anonymous,
    leader_aide,
)
from briefer.analysis.stance import cameo_of, stance_of


@dataclass(frozen=True, slots=True)
class Reaction:
    """The speakers of one sentence (canonical names) and the stance of what they said."""

    speakers: tuple[str, ...]
    stance: str | None
    cameo: str | None


#: Words opening a relative or subordinate clause inside the main one: the subject of the main
#: clause stands before them ("X, who had imposed a curfew, lifted it after the withdrawal").
_SUBORDINATE = frozenset(
    {"as", "after", "before", "when", "because", "since", "if", "unless", "although", "though"}
    | {"which", "who", "whom", "that"}
)

#: Resolver kind prefix: the rest names a region whose bloc is wanted ("bloc-of:West African").
BLOC_OF = "bloc-of:"


#: Resolves an anaphoric subject: (kind, position in the sentence) -> speakers. Kinds: "person"
#: ("he", "the minister"), "org" ("the bloc"), "it", "group" ("they", "the statement") and
#: "speaker" (an unnamed or untitled spokesperson: whoever spoke just before).
Resolver = Callable[[str, int], tuple[str, ...]]


def _states_opening(
    text: str, mentions: Sequence[Mention], pos: int, affiliation: Mapping[str, str]
) -> tuple[str, ...]:
    """The states coordinated at the start of the words reported from `pos`, as the subject of
    their verb ("said Paris and Berlin wanted")."""
    rest = mentions_from(mentions, pos)
    return acting_subject(re.sub(r"^\s*that\b", "    ", text[pos:]), rest, affiliation)


#: Resolver kind: the two parties that spoke or acted last ("Both said").
PAIR = "pair"
#: Resolver kind: the state whose ministry or government "its" names ("Its foreign ministry").
STATE_BODY = "state-body"


_ATTRIBUTION_ENDS = re.compile(r"\s*(?:,|$)")
_QUOTE_CLOSED_BEFORE = re.compile(r"[\"”]\s*$")


def _reported_after(text: str, verb: re.Match[str], reported_from: int) -> int:
    """Where reported words begin after a verb of saying: right after it, unless it ends an
    attribution set between commas ("The Council will meet, diplomats said, after Estonia
    asked": what follows the comma is the sentence's own clause, not what was said)."""
    if _ATTRIBUTION_ENDS.match(text, verb.end()):
        return reported_from
    return verb.end()


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
    f = _Finding.of(text, mentions, affiliation or {}, resolve)
    for v in f.sieve.finditer(VERB):
        f.read_verb(v)
    # Readings of the whole sentence when no verb's subject spoke, or beside it.
    f.party_label()
    f.colon_quote()
    f.reaction_noun()
    f.pull_quote()
    f.office_alone()
    f.regional_group_or_state_media()
    f.aide_of_leader()
    f.capital_opening()
    # Readings that add the parties acting or speaking beside the speakers found.
    f.anonymous_at_seat()
    f.judged_move()
    f.told_last()
    f.clause_joins()
    f.gapped_sums()
    f.backed_by()
    f.alongside()
    f.drew_from()
    f.according_to()
    f.thanked()
    f.named_aside()
    # Readings that replace the speakers found.
    own = f.own_state()
    if own is not None:
        return (own,), max(f.anchor, 0)
    if f.unnamed_people():
        return (), 0
    return tuple(f.speakers), max(f.anchor, 0)


@dataclass(slots=True)
class _Finding:
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
    ) -> _Finding:
        """The reading's start; a list item labelled with its speaker ("France: The foreign
        ministry said ...") resolves every unnamed subject to the label's party."""
        label = _LABEL_OPENING.match(text)
        labelled = [m for m in mentions if label is not None and m.end <= label.end("label")]
        if label is not None and len(labelled) == 1 and resolve is not None:
            label_party = (party_of(labelled[0], aff),)
            resolve = lambda kind, pos: label_party  # noqa: E731
        sieve = sieve_of(text)
        as_speaker = sieve.search(_AS_SPEAKER)
        aside = as_speaker
        if aside is not None and not (
            aside.group("office")
            or any(aside.start("who") <= m.start < aside.end("who") for m in mentions)
        ):
            aside = None  # ("known as the Troika - said": no one named in the aside)
        fronted = _FRONTED_WITH.match(text)
        return cls(text, mentions, aff, resolve, sieve, as_speaker, aside, fronted)

    # -- adding speakers ------------------------------------------------------------------

    def add_names(self, names: Sequence[str]) -> None:
        for name in names:
            if name not in self.speakers:
                self.speakers.append(name)

    def prepend_names(self, names: Sequence[str]) -> None:
        """Parties that acted before the speaker spoke, ahead of the speakers found."""
        self.speakers[:0] = [p for p in names if p not in self.speakers]

    def add(self, group: Sequence[Mention]) -> None:
        """The parties a subject speaks for: each mention's own, unless a lone mention's title,
        owner or place says for whom it speaks."""
        group = [m for m in group if m.type != "LOC"]  # a region speaks for no one
        if not group:
            return
        if len(group) == 1 and self._lone_speaker(group[0]):
            return
        self.add_names([party_of(m, self.aff) for m in group])

    def _lone_speaker(self, person: Mention) -> bool:
        """Whether a lone subject was read as speaking for another party (or for the one
        already found): a state's body, a bloc's officer, a titled person."""
        text = self.text
        if person.type == "ORG" and not _independent(text, person):
            owner = owning_state(text, self.mentions, person)
            if owner is not None:
                self.add_names([owner])  # "Britain's National Cyber Security Centre said"
                return True
        if (
            person.type == "PERSON"
            and self.resolve is not None
            and _BLOC_TITLE.search(text, max(0, person.start - 60), person.start)
        ):
            # "The bloc's crisis commissioner, Janez Lenarcic, said": the bloc the text
            # names before, whatever body the person is known to sit in
            bloc = self.resolve("org", person.start)
            if bloc:
                self.add_names(bloc)
                return True
        if (
            person.type == "PERSON"
            and person.canonical not in self.aff
            and not is_title(person.canonical)
        ):
            return (
                self._apposed_office(person)
                or self._titled_in_place(person)
                or self._titled_unnamed(person)
            )
        return False

    def _apposed_office(self, person: Mention) -> bool:
        """An apposition naming an office by its owner: "Serhan Aktoprak, IOM's Chief of Mission in
        Papua New Guinea, added": the body or state whose office the apposition names."""
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
        return False

    def _titled_in_place(self, person: Mention) -> bool:
        """A titled person speaking in a capital: "In Nairobi, President William Ruto told", '"...,"
        Foreign Minister X said in Lisbon': the state of the capital where a person given no party
        spoke."""
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
        """A title naming no party: "Its secretary-general, Luis Almagro, recalled", "Spokesman John
        Kirby told": a title naming no party speaks for the body or speaker before."""
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
            return (
                True  # "court spokeswoman X confirmed": a domestic body's, not the last speaker's
            )
        names = self.resolve(kind, person.start) if self.resolve is not None and kind else ()
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

    def _saying(self, v: re.Match[str]) -> None:
        """After a verb of saying, what follows is reported (see `_reported_after`)."""
        if _SAYING.match(v.group(0)):
            self.reported_from = _reported_after(self.text, v, self.reported_from)

    def _resolved(self, names: Sequence[str], v: re.Match[str], start: int | None) -> None:
        """Speakers a resolver or place gave the verb `v`, its subject standing at `start`
        (None: the speaker's clause is the whole sentence)."""
        self.add_names(names)
        self.found_subject = True
        if self.anchor < 0:
            self.anchor = 0 if start is None else self.anchored(start, v)
        self._saying(v)

    # -- the verbs --------------------------------------------------------------------------

    def read_verb(self, v: re.Match[str]) -> None:
        """The speakers of one reporting verb: its agent, its subject, or whom an unnamed or
        anaphoric subject stands for; nothing for a verb that reports no statement."""
        text = self.text
        if self.aside is not None and self.aside.start() <= v.start() < self.aside.end():
            return  # "a welcome step, which the Secretary-General hopes": see `_AS_SPEAKER`
        before = text[max(0, v.start() - 24) : v.start()]
        feeling = _FEELING.match(v.group(0)) is not None
        if feeling and (_inside_quote(text, v.start()) or _SAID_BEFORE.search(text, 0, v.start())):
            return  # '"We are troubled," X said'; 'Farmers said they were worried': not the verb
        if self._passive_agent(v, before, feeling):
            return
        if _DETERMINER.search(before) or _PASSIVE.search(before):
            return  # "their main demands" is a noun; "was questioned" passive
        if _no_statement(text, v, before) or self._among_those(v):
            return
        self.found_verb = True
        if self.reported_from >= 0 and not _NEW_CLAUSE.search(text, self.reported_from, v.start()):
            self._reported_speaker(v)
            return
        # "..., saying": a participle right after a comma
        after_comma = bool(v.group("ing")) and text[: v.start()].rstrip().endswith(",")
        if after_comma and self.found_subject:
            return  # "..., saying" shares the subject already found
        if self.found_subject and _INHERIT.search(before):
            return  # "voiced concern and urged restraint": the same subject
        if self._named_subject(v, self._subject_of(v, before, after_comma)):
            return
        if self.resolve is None or self.found_subject:
            return
        if self._unnamed_speaker(v, self.resolve):
            return
        pronoun = self._anaphor_at(v)
        if pronoun is None:
            self._its_body(v, self.resolve)
        else:
            self._anaphor(v, pronoun, self.resolve)

    def _passive_agent(self, v: re.Match[str], before: str, feeling: bool) -> bool:
        """A passive's agent: "The offensive was condemned by the African Union": the agent speaks.
        True when the verb has an agent, read or not ("claimed by" is a passive, no statement)."""
        text = self.text
        # "alarmed by the crisis": a feeling's cause, not a passive's agent
        agent = None if feeling else _BY_AGENT.match(text, v.end())
        passive = _PASSIVE_AGENT.search(before) is not None
        if agent is None and not feeling and passive:
            # "Sanctions were imposed on three generals by the EU": the agent after the object
            agent = _GAPPED_AGENT.match(text, v.end())
        if (
            agent is not None
            and passive
            and v.group("fin")
            and not (_PRESENT.search(before) and _STATIVE_PASSIVE.match(v.group(0)))
        ):
            group = _subject_after(text, self.mentions, agent.end())
            if group:
                self.add(group)
                self.found_subject = self.found_verb = True
        return agent is not None

    def _among_those(self, v: re.Match[str]) -> bool:
        """Parties said to be among those acting: "China, India and South Africa were among the
        states that abstained": the parties before "among those" (or "the first to") are the verb's
        subject."""
        text = self.text
        among = _AMONG_THOSE.search(text, max(0, v.start() - 80), v.start()) or _FIRST_TO.search(
            text, max(0, v.start() - 80), v.start()
        )
        if among is None or self.found_subject:
            return False
        group = _subject_before(text, self.mentions, among.start())
        if not group:
            return False
        self.add(group)
        self.found_subject = self.found_verb = True
        return True

    def _reported_speaker(self, v: re.Match[str]) -> None:
        """A verb inside the words reported ("said Brussels had asked") is no statement of its
        own; but "said he had spoken with Macron, who expressed support" reports Macron's."""
        relative = _WHO_BEFORE.search(self.text, self.reported_from, v.start())
        antecedent = [
            m for m in self.mentions if relative is not None and m.end == relative.start()
        ]
        if antecedent and antecedent[0].type in ("PERSON", "GPE", "ORG"):
            self.add(antecedent)

    def _subject_of(self, v: re.Match[str], before: str, after_comma: bool) -> list[Mention]:
        """The named subject of the verb `v`: before it, the main clause's for a participle
        after a comma, the parties whose governments acted, or the subject of an inversion
        ('"...," said X') or of the clause an "and" joins the verb to."""
        text, mentions = self.text, self.mentions
        # "The EU launched a case against China, accusing Beijing ...": a participle after a
        # comma shares the main clause's subject, not the object just before the comma.
        group = _clause_subject(text, mentions, 0) if after_comma else []
        if not group:
            group = _subject_before(text, mentions, v.start())
            fronted = self.fronted
            if fronted is not None and group and group[-1].start >= fronted.end():
                # "After meeting Chancellor X, President Y urged": whom the subject met, in
                # the clause set before it, does not speak
                group = [m for m in group if m.start >= fronted.end()]
        if not group and _THEIR_GOVERNMENTS.search(text, max(0, v.start() - 40), v.start()):
            # "diplomats from A, B and C ... after their governments questioned the result"
            states = [m for m in mentions if m.end <= v.start() and m.type == "GPE"]
            group = _coordinated(text, mentions, mentions.index(states[-1])) if states else []
            if len(group) < 2:
                group = []
        if not group and _INVERTED.search(text, max(0, v.start() - 4), v.end()):
            group = _subject_after(text, mentions, v.end())
        if not group and not self.found_subject and (joined := _AND_VERB.search(before)):
            group = self._joined_subject(v, joined)
        return group

    def _joined_subject(self, v: re.Match[str], joined: re.Match[str]) -> list[Mention]:
        """A verb joined by "and" to an earlier one: "X, who had imposed a curfew, lifted it after
        ... and praised": the subject of the main clause an "and" joins the verb to, past its
        relative and subordinate clauses."""
        text = self.text
        dateline = _DATELINE.match(text)  # "Abuja, 31 July 2023 — ...": not the subject
        clause_start = dateline.end() if dateline is not None else 0
        joined_at = max(0, v.start() - 24) + joined.start()  # (`joined` searched a window)
        for br in _CLAUSE_BREAK.finditer(text, 0, v.start()):
            if br.end() > joined_at:
                break  # "..., and offered to mediate": the ', and' joins this verb itself
            if br.group(0).strip(" ,").lower() in _SUBORDINATE:
                continue  # "X, who had imposed a curfew, lifted it after ... and praised"
            clause_start = max(clause_start, br.end())
        return _clause_subject(text, self.mentions, clause_start)

    def _named_subject(self, v: re.Match[str], group: list[Mention]) -> bool:
        """Add the verb's named subject, or the body a chair named in it speaks for; True when
        the verb is read (its reported words then begin after it)."""
        text, resolve = self.text, self.resolve
        chair = (
            _CHAIR_ASIDE.search(text, group[-1].end, v.start())
            if group and resolve is not None
            else None
        )
        held = _CHAIR_NAMED.search(text, group[-1].end, v.start()) if group else None
        bodies = [
            m for m in self.mentions if held is not None and held.start() <= m.start < held.end()
        ]
        if held is not None and len(bodies) == 1 and bodies[0].type == "ORG":
            # "the office of X, who holds the CSTO's rotating chairmanship, said": the CSTO
            group = [bodies[0]]
        elif chair is not None and resolve is not None:
            # "Brunei, which chairs the bloc, said": the bloc speaks through its chair.
            bloc = resolve("org", chair.start())
            if bloc:
                group = []
                self.add_names(bloc)
                self.found_subject = True
        if group:
            self.add(group)
            self.found_subject = True
            if self.anchor < 0:
                self.anchor = self.anchored(group[0].start, v)
                self.subject_at = group[0].start
        if self.found_subject and (group or chair is not None):
            self._saying(v)
            return True
        return False

    def _unnamed_speaker(self, v: re.Match[str], resolve: Resolver) -> bool:
        """An unnamed official: "The United States is 'deeply concerned', a spokesperson said": an
        unnamed official speaks for the party the sentence opens on, the capital's state ("In
        Tehran, a spokesman warned"), or otherwise whoever spoke just before. True when read."""
        text, mentions = self.text, self.mentions
        unnamed = _UNNAMED_BEFORE.search(text, max(0, v.start() - 60), v.start())
        if unnamed is None:
            return False
        if _anonymous(text, mentions, unnamed):
            return True  # "a Gulf official said": a region's official speaks for nobody named
        opening = (
            _opening_party(text, mentions, unnamed.start())
            or _capital_opening(text, mentions)
            or _place_where(text, mentions, unnamed.start())
        )
        plural = unnamed.group(0).rstrip().lower().endswith(("officials", "diplomats", "sources"))
        # ("..., officials said" after an event is no follow-up of the last speaker)
        names = opening or (() if plural else resolve("speaker", unnamed.start()))
        if not names:
            return False
        self._resolved(names, v, None if opening else unnamed.start())
        return True

    def _anaphor_at(self, v: re.Match[str]) -> re.Match[str] | None:
        """The anaphor standing for the verb's subject ("It said", "the ministry added", '"...,"
        said he'), if any."""
        text = self.text
        pronoun = _ANAPHOR_BEFORE.search(text, max(0, v.start() - 80), v.start())
        if pronoun is None:
            # "The two governments, which had abstained in a vote ..., said": the anaphor
            # opening the sentence, before a long relative clause
            pronoun = _ANAPHOR_ASIDE.match(text, 0, v.start())
        if pronoun is None and _INVERTED.search(text, max(0, v.start() - 4), v.end()):
            pronoun = _ANAPHOR_AFTER.match(text, v.end())
            if (
                pronoun is not None
                and pronoun.group("pronoun")
                and not _QUOTE_CLOSED_BEFORE.search(text, max(0, v.start() - 4), v.start())
            ):
                # "Growers, who fly roses to Europe, said they were dumping them": a pronoun
                # after the verb is what was said ('"...," said he' is the only inversion)
                pronoun = None
        return pronoun

    def _its_body(self, v: re.Match[str], resolve: Resolver) -> None:
        """A body named as its owner's: "Taiwan moved to ease the blow. Its representative office
        announced": the party that acted or spoke just before; "its foreign ministry said": the
        state before; "their governments said": the parties before."""
        its = _ITS_BODY.search(self.text, max(0, v.start() - 60), v.start())
        if its is None:
            return
        if its.group("state") is None:
            names = resolve("it", its.start())
        else:
            plural = its.group("owner").lower() == "their"
            names = resolve("group" if plural else STATE_BODY, its.start())
        if names:
            self._resolved(names, v, its.start())

    def _anaphor(self, v: re.Match[str], pronoun: re.Match[str], resolve: Resolver) -> None:
        """An anaphor: "It", "the ministry", "Both", "the spokesperson": whom the anaphor points
        back to, or the state of the place where it spoke ("In Tehran, the ministry said")."""
        text = self.text
        word = pronoun.group("pronoun") or pronoun.group("noun")
        if word.lower() == "we" and _inside_quote(text, pronoun.start()):
            return  # '"We condemn ...": the quotation's speaker, named around it
        if word.lower() == "both" and text[: pronoun.start()].strip():
            return  # "X and Y both said": only a sentence's opening "Both" points back
        # "It", "the ministry", "the department": the body that spoke, whatever its type.
        kind = "it" if word.lower() in _BODY_ANAPHORS else anaphor_kind(word)
        if word.lower() == "both":
            kind = PAIR  # "Both said": the two parties just before
        # "in Paris, where the foreign ministry said", "In Tehran, the ministry said":
        # the place's state
        names = _place_where(text, self.mentions, pronoun.start())
        if not names and kind in ("it", "org"):
            names = _capital_opening(text, self.mentions)
        if not names and word.lower().startswith("spokes"):
            # "the spokesperson said" speaks for whoever spoke just before, not for the
            # last person named
            names = resolve("speaker", pronoun.start())
        names = names or resolve(kind, pronoun.start())
        if names:
            self._resolved(names, v, pronoun.start())

    # -- the sentence, when no verb's subject spoke ----------------------------------------

    def party_label(self) -> None:
        """A list item labelled with a party: "Australia: an initial A$2.5 million in humanitarian
        supplies": a list item of what each party gave, labelled with the party (not the speaker who
        introduced the list)."""
        if self.speakers or self.resolve is None:
            return
        party_label = _PARTY_LABEL.match(self.text)
        if party_label is None:
            return
        label_of = [m for m in self.mentions if m.end <= party_label.end("label")]
        if len(label_of) == 1 and label_of[0].end == party_label.end("label"):
            party = party_of(label_of[0], self.aff)
            if label_of[0].type == "ORG" or is_state(party):
                self.add_names([party])
                self.anchor = max(self.anchor, 0)

    def colon_quote(self) -> None:
        """A name before a colon and a quotation: 'UK Foreign Secretary David Lammy: "The fighting
        must stop."': the name before the colon introduces the quotation ('NATO Secretary General:
        "..."': a title may follow the party)."""
        colon = _COLON_QUOTE.match(self.text) if not self.speakers else None
        if colon is None:
            return
        mentions = self.mentions
        introducing = [i for i, m in enumerate(mentions) if m.end <= colon.end("who")]
        tail = self.text[mentions[introducing[-1]].end : colon.end("who")] if introducing else ""
        if introducing and (
            not tail.strip() or is_title_gap(tail) or _PLAIN_SPOKEN.fullmatch(tail) is not None
        ):
            self.add(_coordinated(self.text, mentions, introducing[-1]))
            self.anchor = max(self.anchor, 0)

    def reaction_noun(self) -> None:
        """A reaction named as a party's own, opening the sentence: "Beijing's response was muted",
        "Turkey's support for Azerbaijan has been unwavering": a reaction named as the party's own,
        opening the sentence."""
        told = self.sieve.match(_REACTION_NOUN)
        if told is None or _inside_quote(self.text, told.end()):
            return
        owner = [m for m in self.mentions if m.end == told.end("who")]
        if owner and owner[0].type in ("GPE", "ORG", "NORP", "PERSON"):
            party = party_of(owner[0], self.aff)
            if party not in self.speakers:
                self.speakers.insert(0, party)
            self.anchor = 0

    def pull_quote(self) -> None:
        """A quotation signed after a dash: '"We must put our differences aside." — X, the UN envoy,
        in a statement': a quotation signed after a dash, by the person signing (whose title says
        for whom: "Dominica's Prime Minister X, chair of the Caribbean Community"), else by the
        body."""
        pulled = _PULL_QUOTE.match(self.text) if not self.speakers else None
        if pulled is None:
            return
        signed = [m for m in self.mentions if m.start >= pulled.end()]
        people = [m for m in signed if m.type == "PERSON"]
        if people:
            self.add(people[:1])
        elif signed and (
            signed[0].type in ("ORG", "GPE")
            or (signed[0].type == "NORP" and is_state(party_of(signed[0], self.aff)))
        ):
            self.add([signed[0]])  # "— a Kazakh official": the state's
            self.anchor = max(self.anchor, 0)

    def office_alone(self) -> None:
        """An office alone: "The Secretary-General urges": an office that names its body by
        convention."""
        office = _OFFICE_ALONE.match(self.text) if not self.speakers and self.found_verb else None
        if office is not None:
            self.add_names([CONVENTIONAL[office.group("office").lower()]])
            self.anchor = max(self.anchor, 0)

    def regional_group_or_state_media(self) -> None:
        """A region's group of leaders, or state media: "West African heads of state said": the bloc
        whose name holds those words, when the document names it; "State media described ...": the
        state whose statements came just before."""
        resolve = self.resolve
        if self.speakers or not self.found_verb or resolve is None:
            return
        group_np = _REGIONAL_GROUP.match(self.text)
        media = _STATE_MEDIA.match(self.text)
        if group_np is not None:
            self.add_names(resolve(BLOC_OF + " ".join(group_np.group("region").split()), 0))
        elif media is not None:
            last = resolve("speaker", 0)
            if len(last) == 1 and is_state(last[0]):
                self.add_names(last)
        if self.speakers and self.anchor < 0:
            self.anchor = 0

    def aide_of_leader(self) -> None:
        """A leader's aide: "His defence minister went further, saying": the minister of the person
        before."""
        if (
            not self.speakers
            and self.found_verb
            and self.resolve is not None
            and leader_aide(self.text)
        ):
            self.add_names(self.resolve("person", 0))
            self.anchor = max(self.anchor, 0)

    def capital_opening(self) -> None:
        """A capital opening the sentence: "In Beijing, a foreign ministry spokesperson said": the
        capital names the speaker."""
        if not self.speakers and self.found_verb and self.mentions:
            self.add_names(_capital_opening(self.text, self.mentions))

    # -- parties beside the speakers found --------------------------------------------------

    def anonymous_at_seat(self) -> None:
        """Unnamed people at an organisation's seat: "Diplomats in Brussels said Paris and Berlin
        wanted ...": unnamed people at an organisation's seat tell what the states they name
        want."""
        seat = _ANONYMOUS_AT_SEAT.match(self.text)
        if seat is None or self.reported_from < 0 or len(self.speakers) != 1:
            return
        named = _states_opening(self.text, self.mentions, self.reported_from, self.aff)
        place = next((m for m in self.mentions if m.start == seat.start("place")), None)
        if named and place is not None and not is_state(party_of(place, self.aff)):
            self.speakers[:] = list(named)

    def judged_move(self) -> None:
        """A move judged: "The UAE sent jets to Crete, a move Turkish officials criticised": who
        made the move acted, as well as who judged it."""
        move = _A_MOVE.search(self.text) if self.speakers else None
        if move is not None:
            made = [m for m in self.mentions if m.end <= move.start()]
            self.prepend_names(acting_subject(self.text[: move.start()], made, self.aff))

    def told_last(self) -> None:
        """An attribution at the end: "American and British jets shot them down, U.S. Central
        Command said": who acted in the words reported, as well as who reported them."""
        told = _TOLD_LAST.search(self.text) if self.speakers else None
        if told is not None:
            reported = [m for m in self.mentions if m.end <= told.start()]
            self.add_names(acting_subject(self.text[: told.start()], reported, self.aff))

    def clause_joins(self) -> None:
        """Further clauses: "Brazil and Colombia abstained, and Mexico did not attend": a further
        clause whose subject is a party acting is part of the same reaction; so is the clause before
        the speaker's ("Iran closed its borders, while Kuwait urged ..."), and the body meeting
        where the speaker spoke ("The Security Council met in New York, where the U.S. ambassador
        said ...")."""
        if not self.speakers:
            return
        text, mentions, aff = self.text, self.mentions, self.aff
        for join in self.sieve.finditer(_CLAUSE_JOIN):
            self.add_names(
                acting_subject(text[join.end() :], mentions_from(mentions, join.end()), aff)
            )
        speaker_at = max(self.anchor, self.subject_at)
        first_join = next((j for j in _JOIN_OR_WHERE.finditer(text) if j.end() <= speaker_at), None)
        if first_join is not None:
            head = [m for m in mentions if m.end <= first_join.start()]
            self.prepend_names(acting_subject(text[: first_join.start()], head, aff))

    def gapped_sums(self) -> None:
        """A verb left out before a sum: "Canada announced $5 million and Australia $2 million": the
        verb left out before a second giver's sum is the first's."""
        if not self.speakers or not _GAPPED_SUM.search(self.text):
            return
        for m in self.mentions:
            if _GAPPED_SUM.match(self.text, m.end) and _LIST_JOIN_BEFORE.search(
                self.text, 0, m.start
            ):
                party = party_of(m, self.aff)
                if m.type == "ORG" or is_state(party):
                    self.add_names([party])

    def backed_by(self) -> None:
        """A text backed, adopted or drafted by a party: "The decision was backed by Germany": the
        agent speaks; and the body that adopted the text as well as its authors ("The Council
        adopted a resolution drafted by Australia")."""
        for backed in self.sieve.finditer(_BACKED_BY):
            if not self.speakers:
                adopted = acting_subject(
                    self.text[: backed.start()], mentions_from(self.mentions, 0), self.aff
                )
                self.add_names(adopted)
            self.add(_subject_after(self.text, self.mentions, backed.end()))

    def alongside(self) -> None:
        """Parties taking part beside the speakers: ", as did Yemen's government", "on behalf of
        the OIC", "over the objections of the United States", "at the request of the Dutch
        authorities" (none inside the words reported: "said ... at the request of X")."""
        if not self.speakers:
            return
        text, mentions = self.text, self.mentions
        for also in _AS_DID.finditer(text):
            self.add(_subject_after(text, mentions, also.end()))
        reported = self.reported_from if self.reported_from >= 0 else len(text)
        for voice in _FOR_OR_AGAINST.finditer(text, 0, reported):
            self.add(_subject_after(text, mentions, voice.end()))
        self.add_names(requesters(text, mentions, self.aff, self.reported_from))

    def drew_from(self) -> None:
        """A reaction told as a noun: "The move drew condemnation from the EU": a reaction told as a
        noun."""
        for drew in self.sieve.finditer(_DREW_FROM):
            self.add(_subject_after(self.text, self.mentions, drew.end()))

    def according_to(self) -> None:
        """A source: "according to a statement from X": the source speaks (not a tally's source:
        "100,000 have fled, according to the UN"); and "The U.S. Embassy partially evacuated staff,
        according to two Iraqi sources": who acted in the words reported too."""
        text, mentions = self.text, self.mentions
        for a in self.sieve.finditer(_ACCORDING) if self.sieve.search(_TALLY) is None else ():
            source = _SOURCE_OF.match(text, a.end())
            self.add(_subject_after(text, mentions, source.end() if source else a.end()))
            if _ATTRIBUTION_LAST.search(text, max(0, a.start() - 4), a.start()):
                earlier = [m for m in mentions if m.end <= a.start()]
                self.prepend_names(acting_subject(text[: a.start()], earlier, self.aff))

    def thanked(self) -> None:
        """Parties thanked for their words: "We thank the governments of Mexico and Brazil for their
        expressions of solidarity": the states thanked for their own words reacted too."""
        thanked = _THANKED_FOR.search(self.text) if self.speakers else None
        if thanked is not None:
            self.add(
                [
                    m
                    for m in self.mentions
                    if thanked.start("who") <= m.start < thanked.end("who")
                    and (m.type == "ORG" or is_state(party_of(m, self.aff)))
                ]
            )

    def named_aside(self) -> None:
        """An aside naming the speaker: "a grave violation, as the French foreign ministry put it",
        "a welcome first step, which the Secretary-General hopes can ...": the speaker named in an
        aside, when no one else spoke."""
        aside = self.as_speaker if not self.speakers else None
        if aside is None:
            return
        who = [m for m in self.mentions if aside.start("who") <= m.start < aside.end("who")]
        if who:
            self.add(_coordinated(self.text, self.mentions, self.mentions.index(who[0])))
        elif aside.group("office") is not None:
            self.add_names([CONVENTIONAL[aside.group("office").lower()]])

    # -- readings that replace the speakers found -------------------------------------------

    def own_state(self) -> str | None:
        """The state a lone speaker stands for in the words it reports: "Prime Minister Lee
        Hsien Loong said Singapore hoped ..." (a leader given no state speaks for the state
        that is the subject of the words reported); "A Foreign Office spokesperson said London
        did not agree" (an unqualified ministry speaking of its government by the capital)."""
        if len(self.speakers) != 1 or self.reported_from < 0:
            return None
        speaker = self.speakers[0]
        if any(m.type == "PERSON" and m.canonical == speaker for m in self.mentions):
            own_state = _state_subject(self.text, self.mentions, self.reported_from)
            if own_state is not None:
                return own_state
        if is_domestic_institution(speaker):
            return _capital_subject(self.text, self.mentions, self.reported_from)
        return None

    def unnamed_people(self) -> bool:
        """Unnamed people: "European diplomats ..., speaking on condition of anonymity, said":
        people named by no body or state speak for no one (but "An EU official, speaking on
        condition of anonymity, said" is the EU's)."""
        unnamed = _UNNAMED_PEOPLE.search(self.text) if self.sieve.search(ANONYMITY) else None
        return unnamed is not None and not any(
            m.type in ("GPE", "ORG") or is_state(party_of(m, self.aff))
            for m in self.mentions
            if unnamed.start() <= m.start < unnamed.end()
        )


def _no_statement(text: str, v: re.Match[str], before: str) -> bool:
    """A verb that reports no statement: "has not said whether", "has said little", "declined to
    comment": no statement made."""
    return bool(
        _NEGATED.search(before)
        or _SAID_NOTHING.match(text, v.end())
        or _NEITHER.search(text, 0, v.start())
        or _NO_COMMENT.match(text, v.start())
    )


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
# A list item opening on a party's name and a colon: "The European Union: an initial ...".
_PARTY_LABEL = re.compile(r"^\s*(?:The\s+)?(?P<label>[A-Z][^:;,.\"“”]{1,60}):\s+")
# Another party doing the same: ", as did Yemen's government".
_AS_DID = re.compile(r",\s+as\s+(?:did|have|has|had|does|do)\s+(?:the\s+)?")
# A party spoken for, or objecting: "on behalf of the OIC", "over the objections of the US".
_FOR_OR_AGAINST = re.compile(
    r"\bon\s+behalf\s+of\s+(?:the\s+)?|\b(?:over|despite)\s+(?:the\s+)?(?:strong\s+)?"
    r"objections?\s+(?:of|from)\s+(?:the\s+)?"
)
# A sum right after a party's name, and the list joint before it: "..., and Australia $2 million".
_GAPPED_SUM = re.compile(r"\s+(?:(?:US|A|NZ|C)?[$€£]\s?\d|\d[\d.,]*\s+(?:million|billion)\b)")
_LIST_JOIN_BEFORE = re.compile(r"(?:,\s+(?:and\s+)?|\s+and\s+)$")
_GOVERNING_AFTER = re.compile(r"\s+(?:administration|government|authorities|regime|rulers)\b")


def _independent(text: str, org: Mention) -> bool:
    """A body the data knows and gives no owner: a private company or an independent group
    speaks for itself, whatever state's name it carries ("Denmark's A.P. Moller-Maersk said"),
    unless the sentence makes it the state's government ("Afghanistan's Taliban
    administration")."""
    return (
        gazetteer.canonical_name(org.canonical) is not None
        and gazetteer.owner_state(org.canonical) is None
        and _GOVERNING_AFTER.match(text, org.end) is None
    )


def _mere_place(name: str) -> bool:
    """A town or region with no government of its own ("Residents of Mitrovica said"): the
    people of a place speak for no party; states and self-governing territories do."""
    known = gazetteer.canonical_name(name)
    return (
        known is not None
        and known[0] == name
        and known[1] in ("GPE", "LOC")
        and not is_state(name)
        and not gazetteer.is_territory(name)
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
    speakers = tuple(
        dict.fromkeys(
            p
            for s in speakers
            if not (is_commentator(s) or _mere_place(s))
            for p in _parties_for(text, mentions, s)
        )
    )
    if not speakers:
        return Reaction((), None, None)
    if anchor > 0 and set(acting_subject(text, mentions, affiliation)) & set(speakers):
        # "The US dispatched two rescue teams, and President Biden told Erdogan ...": the
        # sentence opens on the speaker's own party acting, whose deed is its first word
        anchor = 0
    stance = stance_of(text[anchor:])
    return Reaction(speakers, stance, cameo_of(stance, text))
