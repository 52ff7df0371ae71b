"""The speaker finder: `find_speakers` and `analyse_reaction` walk a sentence from each reporting
verb to its speakers with the tables and helpers of the sibling modules, and ask a `Resolver`
for the party an unnamed subject ("It said", "the bloc") points back to."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

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
from briefer.analysis.prefilter import sieve_of
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
    not what the speaker said. 0 when the speaker follows the words (a quote, a passive)."""
    aff = affiliation or {}
    anchor = -1
    label = _LABEL_OPENING.match(text)
    labelled = [m for m in mentions if label is not None and m.end <= label.end("label")]
    if label is not None and len(labelled) == 1 and resolve is not None:
        # "France: The foreign ministry said ...": a list item labelled with its speaker.
        label_party = (party_of(labelled[0], aff),)
        resolve = lambda kind, pos: label_party  # noqa: E731

    def anchored(start: int, verb: re.Match[str]) -> int:
        """Where the speaker's words begin: at the subject, unless they came before it
        ('"...," Mr. Borrell said after the meeting', "..., the statement said")."""
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

    speakers: list[str] = []

    def add_names(names: Sequence[str]) -> None:
        for name in names:
            if name not in speakers:
                speakers.append(name)

    def add(group: Sequence[Mention]) -> None:
        group = [m for m in group if m.type != "LOC"]  # a region speaks for no one
        if not group:
            return
        person = group[0]
        if len(group) == 1 and person.type == "ORG" and not _independent(text, person):
            owner = owning_state(text, mentions, person)
            if owner is not None:
                add_names([owner])  # "Britain's National Cyber Security Centre said"
                return
        if (
            len(group) == 1
            and person.type == "PERSON"
            and resolve is not None
            and _BLOC_TITLE.search(text, max(0, person.start - 60), person.start)
        ):
            # "The bloc's crisis commissioner, Janez Lenarcic, said": the bloc the text
            # names before, whatever body the person is known to sit in
            bloc = resolve("org", person.start)
            if bloc:
                add_names(bloc)
                return
        if (
            len(group) == 1
            and person.type == "PERSON"
            and person.canonical not in aff
            and not is_title(person.canonical)
        ):
            window = max(0, person.start - 60)
            holder = next((m for m in mentions if m.start > person.end), None)
            if (
                holder is not None
                and holder.type in ("ORG", "GPE", "NORP")
                and _APPOSED.fullmatch(text, person.end, holder.start)
                and _OWNERS_TITLE.match(text, holder.end)
            ):
                # "Serhan Aktoprak, IOM's Chief of Mission in Papua New Guinea, added": the
                # body or state whose office the apposition names
                party = party_of(holder, aff)
                if holder.type == "ORG" or is_state(party):
                    add_names([party])
                    return
            place = _IN_PLACE.match(text)
            if place is None or place.end(1) >= person.start:
                # '"...," Foreign Minister X said in Lisbon': where a titled person speaks
                place = (
                    _TITLED_SPOKE_IN.match(text, person.end)
                    if _TITLE_BEFORE.search(text, window, person.start)
                    else None
                )
            if place is not None:
                # "In Nairobi, President William Ruto told": the capital's state.
                state = next(
                    (
                        government_of(m.canonical) or m.canonical
                        for m in mentions
                        if (m.start, m.end) == place.span(1)
                    ),
                    None,
                )
                if state is not None and is_state(state):
                    add_names([state])
                    return
            kind = None
            if _POSSESSIVE_TITLE.search(text, window, person.start):
                kind = "it"  # "Its secretary-general, Luis Almagro, recalled"
            elif _BARE_TITLE.search(text, window, person.start):
                kind = "speaker"  # "Spokesman John Kirby told reporters"
            if kind in ("speaker", "it") and speakers:
                return  # '"France condemns ...," government spokesman X said': France spoke
            if kind == "speaker" and _LOCAL_VOICE.search(text, window, person.start):
                return  # "court spokeswoman X confirmed": a domestic body's, not the last speaker's
            names = resolve(kind, person.start) if resolve is not None and kind else ()
            if kind == "speaker" and "ministry" in text[window : person.start].lower():
                # a ministry is a state's: "ministry spokesman X" after "the CSTO's troops
                # left, the Russian Defence Ministry said" is Russia's
                names = tuple(n for n in names if is_state(n)) or names
            if kind == "speaker" and len(names) > 1:
                names = ()  # "spokesman X" speaks for one party, not for the pair before
            if names:
                add_names(names)
                return
        add_names([party_of(m, aff) for m in group])

    found_subject = False
    found_verb = False
    subject_at = -1  # where the first speaker named as a verb's subject stands
    reported_from = -1  # offset after a "said": what follows is reported content
    # Each pattern runs only if its literals occur in the sentence (see `prefilter`).
    sieve = sieve_of(text)
    as_speaker = sieve.search(_AS_SPEAKER)  # (searched once: read again below)
    named_aside = as_speaker
    if named_aside is not None and not (
        named_aside.group("office")
        or any(named_aside.start("who") <= m.start < named_aside.end("who") for m in mentions)
    ):
        named_aside = None  # ("known as the Troika - said": no one named in the aside)
    fronted = _FRONTED_WITH.match(text)
    for v in sieve.finditer(VERB):
        if named_aside is not None and named_aside.start() <= v.start() < named_aside.end():
            continue  # "a welcome step, which the Secretary-General hopes": see `_AS_SPEAKER`
        before = text[max(0, v.start() - 24) : v.start()]
        feeling = _FEELING.match(v.group(0)) is not None
        if feeling and (_inside_quote(text, v.start()) or _SAID_BEFORE.search(text, 0, v.start())):
            continue  # '"We are troubled," X said'; 'Farmers said they were worried': not the verb
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
            # "The offensive was condemned by the African Union": the agent speaks.
            group = _subject_after(text, mentions, agent.end())
            if group:
                add(group)
                found_subject = found_verb = True
            continue
        if _DETERMINER.search(before) or _PASSIVE.search(before) or agent is not None:
            continue  # "their main demands" is a noun; "was questioned", "claimed by" passive
        if (
            _NEGATED.search(before)
            or _SAID_NOTHING.match(text, v.end())
            or _NEITHER.search(text, 0, v.start())
            or _NO_COMMENT.match(text, v.start())
        ):
            # "has not said whether", "has said little", "declined to comment": no statement
            continue
        among = _AMONG_THOSE.search(text, max(0, v.start() - 80), v.start()) or _FIRST_TO.search(
            text, max(0, v.start() - 80), v.start()
        )
        if among is not None and not found_subject:
            # "China, India and South Africa were among the states that abstained"
            group = _subject_before(text, mentions, among.start())
            if group:
                add(group)
                found_subject = found_verb = True
                continue
        found_verb = True
        if reported_from >= 0 and not _NEW_CLAUSE.search(text, reported_from, v.start()):
            # "said Brussels had asked": the verb belongs to what was said; but "said he had
            # spoken with Macron, who expressed support" reports Macron's own words
            relative = _WHO_BEFORE.search(text, reported_from, v.start())
            antecedent = [m for m in mentions if relative is not None and m.end == relative.start()]
            if antecedent and antecedent[0].type in ("PERSON", "GPE", "ORG"):
                add(antecedent)
            continue
        # "..., saying": a participle right after a comma
        after_comma = bool(v.group("ing")) and text[: v.start()].rstrip().endswith(",")
        if after_comma and found_subject:
            continue  # "..., saying" shares the subject already found
        if found_subject and _INHERIT.search(before):
            continue  # "voiced concern and urged restraint": the same subject
        # "The EU launched a case against China, accusing Beijing ...": a participle after a
        # comma shares the main clause's subject, not the object just before the comma.
        group = _clause_subject(text, mentions, 0) if after_comma else []
        if not group:
            group = _subject_before(text, mentions, v.start())
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
        if not group and not found_subject and (joined := _AND_VERB.search(before)):
            dateline = _DATELINE.match(text)  # "Abuja, 31 July 2023 — ...": not the subject
            clause_start = dateline.end() if dateline is not None else 0
            joined_at = max(0, v.start() - 24) + joined.start()  # (`before` is a window)
            for br in _CLAUSE_BREAK.finditer(text, 0, v.start()):
                if br.end() > joined_at:
                    break  # "..., and offered to mediate": the ', and' joins this verb itself
                if br.group(0).strip(" ,").lower() in _SUBORDINATE:
                    continue  # "X, who had imposed a curfew, lifted it after ... and praised"
                clause_start = max(clause_start, br.end())
            group = _clause_subject(text, mentions, clause_start)
        chair = (
            _CHAIR_ASIDE.search(text, group[-1].end, v.start())
            if group and resolve is not None
            else None
        )
        held = _CHAIR_NAMED.search(text, group[-1].end, v.start()) if group else None
        bodies = [m for m in mentions if held is not None and held.start() <= m.start < held.end()]
        if held is not None and len(bodies) == 1 and bodies[0].type == "ORG":
            # "the office of X, who holds the CSTO's rotating chairmanship, said": the CSTO
            group = [bodies[0]]
        elif chair is not None and resolve is not None:
            # "Brunei, which chairs the bloc, said": the bloc speaks through its chair.
            bloc = resolve("org", chair.start())
            if bloc:
                group = []
                add_names(bloc)
                found_subject = True
        if group:
            add(group)
            found_subject = True
            if anchor < 0:
                anchor = anchored(group[0].start, v)
                subject_at = group[0].start
        if found_subject and (group or chair is not None):
            if _SAYING.match(v.group(0)):
                reported_from = _reported_after(text, v, reported_from)
            continue
        if resolve is None or found_subject:
            continue
        unnamed = _UNNAMED_BEFORE.search(text, max(0, v.start() - 60), v.start())
        if unnamed is not None and _anonymous(text, mentions, unnamed):
            continue  # "a Gulf official said": a region's official speaks for nobody named
        if unnamed is not None:
            opening = (
                _opening_party(text, mentions, unnamed.start())
                or _capital_opening(text, mentions)
                or _place_where(text, mentions, unnamed.start())
            )
            # "The United States is 'deeply concerned', a spokesperson said": the party the
            # sentence opens on; "In Tehran, a spokesman warned": the capital's state;
            # otherwise whoever spoke just before.
            plural = (
                unnamed.group(0).rstrip().lower().endswith(("officials", "diplomats", "sources"))
            )
            # ("..., officials said" after an event is no follow-up of the last speaker)
            names = opening or (() if plural else resolve("speaker", unnamed.start()))
            if names:
                add_names(names)
                found_subject = True
                if anchor < 0:
                    anchor = 0 if opening else anchored(unnamed.start(), v)
                if _SAYING.match(v.group(0)):
                    reported_from = _reported_after(text, v, reported_from)
                continue
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
        its = _ITS_BODY.search(text, max(0, v.start() - 60), v.start()) if pronoun is None else None
        if its is not None:
            # "Taiwan moved to ease the blow. Its representative office announced": the party
            # that acted or spoke just before
            if its.group("state") is None:
                names = resolve("it", its.start())
            else:
                # "their governments said": the parties before; "its foreign ministry said":
                # the state before
                plural = its.group("owner").lower() == "their"
                names = resolve("group" if plural else STATE_BODY, its.start())
            if names:
                add_names(names)
                found_subject = True
                anchor = anchored(its.start(), v) if anchor < 0 else anchor
                if _SAYING.match(v.group(0)):
                    reported_from = _reported_after(text, v, reported_from)
                continue
        if pronoun is not None:
            word = pronoun.group("pronoun") or pronoun.group("noun")
            if word.lower() == "we" and _inside_quote(text, pronoun.start()):
                continue  # '"We condemn ...": the quotation's speaker, named around it
            if word.lower() == "both" and text[: pronoun.start()].strip():
                continue  # "X and Y both said": only a sentence's opening "Both" points back
            # "It", "the ministry", "the department": the body that spoke, whatever its type.
            kind = "it" if word.lower() in _BODY_ANAPHORS else anaphor_kind(word)
            if word.lower() == "both":
                kind = PAIR  # "Both said": the two parties just before
            # "in Paris, where the foreign ministry said", "In Tehran, the ministry said":
            # the place's state
            names = _place_where(text, mentions, pronoun.start())
            if not names and kind in ("it", "org"):
                names = _capital_opening(text, mentions)
            if not names and word.lower().startswith("spokes"):
                # "the spokesperson said" speaks for whoever spoke just before, not for the
                # last person named
                names = resolve("speaker", pronoun.start())
            names = names or resolve(kind, pronoun.start())
            if names:
                add_names(names)
                found_subject = True
                if anchor < 0:
                    anchor = anchored(pronoun.start(), v)
                if _SAYING.match(v.group(0)):
                    reported_from = _reported_after(text, v, reported_from)
    party_label = _PARTY_LABEL.match(text) if not speakers and resolve is not None else None
    label_of = [
        m for m in mentions if party_label is not None and m.end <= party_label.end("label")
    ]
    if (
        party_label is not None
        and len(label_of) == 1
        and label_of[0].end == party_label.end("label")
    ):
        # "Australia: an initial A$2.5 million in humanitarian supplies": a list item of what
        # each party gave, labelled with the party (not the speaker who introduced the list)
        party = party_of(label_of[0], aff)
        if label_of[0].type == "ORG" or is_state(party):
            add_names([party])
            anchor = max(anchor, 0)
    colon = _COLON_QUOTE.match(text) if not speakers else None
    if colon is not None:
        # 'UK Foreign Secretary David Lammy: "The fighting must stop."': the name before the
        # colon introduces the quotation.
        introducing = [i for i, m in enumerate(mentions) if m.end <= colon.end("who")]
        tail = text[mentions[introducing[-1]].end : colon.end("who")] if introducing else ""
        # ('NATO Secretary General: "..."': a title may follow the party)
        if introducing and (
            not tail.strip() or is_title_gap(tail) or _PLAIN_SPOKEN.fullmatch(tail) is not None
        ):
            add(_coordinated(text, mentions, introducing[-1]))
            anchor = max(anchor, 0)
    told = sieve.match(_REACTION_NOUN)
    if told is not None and not _inside_quote(text, told.end()):
        # "Beijing's response was muted", "Turkey's support for Azerbaijan has been
        # unwavering": a reaction named as the party's own, opening the sentence
        owner = [m for m in mentions if m.end == told.end("who")]
        if owner and owner[0].type in ("GPE", "ORG", "NORP", "PERSON"):
            party = party_of(owner[0], aff)
            if party not in speakers:
                speakers.insert(0, party)
            anchor = 0
    pulled = _PULL_QUOTE.match(text) if not speakers else None
    if pulled is not None:
        # '"We must put our differences aside." — X, the UN envoy, in a statement': a quotation
        # signed after a dash
        signed = [m for m in mentions if m.start >= pulled.end()]
        # the person signing, whose title says for whom ("Dominica's Prime Minister X, chair
        # of the Caribbean Community"), else the body
        people = [m for m in signed if m.type == "PERSON"]
        if people:
            add(people[:1])
        elif signed and (
            signed[0].type in ("ORG", "GPE")
            or (signed[0].type == "NORP" and is_state(party_of(signed[0], aff)))
        ):
            add([signed[0]])  # "— a Kazakh official": the state's
            anchor = max(anchor, 0)
    office = _OFFICE_ALONE.match(text) if not speakers and found_verb else None
    if office is not None:
        add_names([CONVENTIONAL[office.group("office").lower()]])  # "The Secretary-General urges"
        anchor = max(anchor, 0)
    if not speakers and found_verb and resolve is not None:
        group_np = _REGIONAL_GROUP.match(text)
        media = _STATE_MEDIA.match(text)
        if group_np is not None:
            # "West African heads of state said": the bloc whose name holds those words,
            # when the document names it.
            add_names(resolve(BLOC_OF + " ".join(group_np.group("region").split()), 0))
        elif media is not None:
            # "State media described ...": the state whose statements came just before.
            last = resolve("speaker", 0)
            if len(last) == 1 and is_state(last[0]):
                add_names(last)
        if speakers and anchor < 0:
            anchor = 0
    if not speakers and found_verb and resolve is not None and leader_aide(text):
        # "His defence minister went further, saying": the minister of the person before
        add_names(resolve("person", 0))
        anchor = max(anchor, 0)
    if not speakers and found_verb and mentions:
        # "In Beijing, a foreign ministry spokesperson said": the capital names the speaker.
        add_names(_capital_opening(text, mentions))
    seat = _ANONYMOUS_AT_SEAT.match(text)
    if seat is not None and reported_from >= 0 and len(speakers) == 1:
        # "Diplomats in Brussels said Paris and Berlin wanted ...": unnamed people at an
        # organisation's seat tell what the states they name want.
        named = _states_opening(text, mentions, reported_from, aff)
        place = next((m for m in mentions if m.start == seat.start("place")), None)
        if named and place is not None and not is_state(party_of(place, aff)):
            speakers[:] = list(named)
    move = _A_MOVE.search(text) if speakers else None
    if move is not None:
        # "The UAE sent jets to Crete, a move Turkish officials criticised": who made the move
        # acted, as well as who judged it.
        acted = acting_subject(
            text[: move.start()], [m for m in mentions if m.end <= move.start()], aff
        )
        speakers[:0] = [p for p in acted if p not in speakers]
    told = _TOLD_LAST.search(text) if speakers else None
    if told is not None:
        # "American and British jets shot them down, U.S. Central Command said": who acted
        # in the words reported, as well as who reported them.
        reported = [m for m in mentions if m.end <= told.start()]
        add_names(acting_subject(text[: told.start()], reported, aff))
    if speakers:
        # "Brazil and Colombia abstained, and Mexico did not attend": a further clause whose
        # subject is a party acting is part of the same reaction.
        for join in sieve.finditer(_CLAUSE_JOIN):
            add_names(acting_subject(text[join.end() :], mentions_from(mentions, join.end()), aff))
        # "Iran closed its borders, while Kuwait urged its citizens to leave": the party acting
        # in the clause before the speaker's is part of the same reaction.
        # So is the body meeting where the speaker spoke: "The Security Council met in New
        # York, where the U.S. ambassador said ...".
        first_join = next(
            (j for j in _JOIN_OR_WHERE.finditer(text) if j.end() <= max(anchor, subject_at)), None
        )
        if first_join is not None:
            head = [m for m in mentions if m.end <= first_join.start()]
            acted = acting_subject(text[: first_join.start()], head, aff)
            speakers[:0] = [p for p in acted if p not in speakers]
    if speakers and _GAPPED_SUM.search(text):
        # "Canada announced $5 million and Australia $2 million": the verb left out before a
        # second giver's sum is the first's
        for m in mentions:
            if _GAPPED_SUM.match(text, m.end) and _LIST_JOIN_BEFORE.search(text, 0, m.start):
                party = party_of(m, aff)
                if m.type == "ORG" or is_state(party):
                    add_names([party])
    for backed in sieve.finditer(_BACKED_BY):
        # "The decision was backed by Germany": the agent speaks; and the body that adopted the
        # text as well as its authors ("The Council adopted a resolution drafted by Australia")
        if not speakers:
            add_names(acting_subject(text[: backed.start()], mentions_from(mentions, 0), aff))
        add(_subject_after(text, mentions, backed.end()))
    if speakers:
        for also in _AS_DID.finditer(text):
            # "Kuwait and Oman issued statements of support, as did Yemen's government"
            add(_subject_after(text, mentions, also.end()))
        for voice in _FOR_OR_AGAINST.finditer(
            text, 0, reported_from if reported_from >= 0 else len(text)
        ):
            # "tabled by Pakistan on behalf of the OIC, over the objections of the United
            # States": the body spoken for and those objecting take part too
            add(_subject_after(text, mentions, voice.end()))
        # "..., at the request of the Dutch authorities, the British government said"
        # (not one inside the words reported: "said ... at the request of X")
        add_names(requesters(text, mentions, aff, reported_from))
    for drew in sieve.finditer(_DREW_FROM):
        # "The move drew condemnation from the EU": a reaction told as a noun.
        add(_subject_after(text, mentions, drew.end()))
    for a in sieve.finditer(_ACCORDING) if sieve.search(_TALLY) is None else ():
        # (the source of a tally is no reaction: "100,000 have fled, according to the UN")
        source = _SOURCE_OF.match(text, a.end())  # "according to a statement from X"
        add(_subject_after(text, mentions, source.end() if source else a.end()))
        if _ATTRIBUTION_LAST.search(text, max(0, a.start() - 4), a.start()):
            # "The U.S. Embassy partially evacuated staff, according to two Iraqi sources": who
            # acted in the words reported, as well as their source
            earlier = [m for m in mentions if m.end <= a.start()]
            speakers[:0] = [
                p for p in acting_subject(text[: a.start()], earlier, aff) if p not in speakers
            ]
    thanked = _THANKED_FOR.search(text) if speakers else None
    if thanked is not None:
        # "We thank the governments of Mexico and Brazil for their expressions of solidarity":
        # the states thanked for their own words reacted too.
        add(
            [
                m
                for m in mentions
                if thanked.start("who") <= m.start < thanked.end("who")
                and (m.type == "ORG" or is_state(party_of(m, aff)))
            ]
        )
    aside = as_speaker if not speakers else None
    if aside is not None:
        # "a grave violation, as the French foreign ministry put it", "a welcome first step,
        # which the Secretary-General hopes can ...": the speaker named in an aside.
        who = [m for m in mentions if aside.start("who") <= m.start < aside.end("who")]
        if who:
            add(_coordinated(text, mentions, mentions.index(who[0])))
        elif aside.group("office") is not None:
            add_names([CONVENTIONAL[aside.group("office").lower()]])
    if (
        len(speakers) == 1
        and reported_from >= 0
        and any(m.type == "PERSON" and m.canonical == speakers[0] for m in mentions)
    ):
        # "Prime Minister Lee Hsien Loong said Singapore hoped ...": a leader given no state
        # speaks for the state that is the subject of the words reported
        own_state = _state_subject(text, mentions, reported_from)
        if own_state is not None:
            return (own_state,), max(anchor, 0)
    if len(speakers) == 1 and is_domestic_institution(speakers[0]) and reported_from >= 0:
        # "A Foreign Office spokesperson said London did not agree": an unqualified ministry
        # speaking of its own government by the capital's name.
        own = _capital_subject(text, mentions, reported_from)
        if own is not None:
            return (own,), max(anchor, 0)
    unnamed = _UNNAMED_PEOPLE.search(text) if sieve.search(ANONYMITY) else None
    if unnamed is not None and not any(
        m.type in ("GPE", "ORG") or is_state(party_of(m, aff))
        for m in mentions
        if unnamed.start() <= m.start < unnamed.end()
    ):
        # "European diplomats ..., speaking on condition of anonymity, said" (but "An EU
        # official, speaking on condition of anonymity, said" is the EU's)
        return (), 0
    return tuple(speakers), max(anchor, 0)


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
