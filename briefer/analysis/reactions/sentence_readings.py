"""Readings of a whole sentence for its speakers, run after its verbs (see `speakers._speakers`
for their order): shapes with no subject before a verb (a label, a colon, a signed quotation,
an office), parties acting or speaking beside the speakers found, and the state a lone speaker
stands for."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from briefer.analysis import gazetteer
from briefer.analysis.affiliation import CONVENTIONAL, is_title_gap
from briefer.analysis.mention_resolution import EU_BODIES
from briefer.analysis.model import Mention, mentions_from
from briefer.analysis.owners import is_domestic_institution, is_state, party_of
from briefer.analysis.prefilter import head
from briefer.analysis.reactions.act_parties import requesters
from briefer.analysis.reactions.acts import ANONYMITY, acting_subject
from briefer.analysis.reactions.coordination import _coordinated
from briefer.analysis.reactions.cues import (
    _A_MOVE,
    _BACKED_BY,
    _CLAUSE_JOIN,
    _DREW_FROM,
    _JOIN_OR_WHERE,
    _REACTION_NOUN,
    _TALLY,
    _THANKED_FOR,
    VERB,
)
from briefer.analysis.reactions.finding import BLOC_OF, Finding
from briefer.analysis.reactions.places import (
    _capital_opening,
    _capital_subject,
    _state_subject,
    placed_organ,
)
from briefer.analysis.reactions.quotes import (
    _ACCORDING,
    _COLON_QUOTE,
    _PLAIN_SPOKEN,
    _PULL_QUOTE,
    _SOURCE_OF,
    _TOLD_LAST,
    _inside_quote,
)
from briefer.analysis.reactions.subjects import _ATTRIBUTION_LAST, _IN_RELATIVE, _subject_after
from briefer.analysis.reactions.titles import (
    _ANONYMOUS_AT_SEAT,
    _OFFICE_ALONE,
    _REGIONAL_GROUP,
    _STATE_MEDIA,
    _UNNAMED_PEOPLE,
    BODY_OFFICER,
    SECURITY_COUNCIL,
    aide_speaks_first,
    capacity_body,
    council_presidency,
    leader_aide,
)


def _states_opening(
    text: str, mentions: Sequence[Mention], pos: int, affiliation: Mapping[str, str]
) -> tuple[str, ...]:
    """The states coordinated at the start of the words reported from `pos`, as the subject of
    their verb ("said Paris and Berlin wanted")."""
    rest = mentions_from(mentions, pos)
    return acting_subject(re.sub(r"^\s*that\b", "    ", text[pos:]), rest, affiliation)


def party_label(f: Finding) -> None:
    """A list item labelled with a party ("Australia: an initial A$2.5 million in humanitarian
    supplies"): the party labelled gave, not the speaker who introduced the list."""
    if f.speakers or f.resolve is None:
        return
    label = f.sieve.match(_PARTY_LABEL)
    if label is None:
        return
    label_of = [m for m in f.mentions if m.end <= label.end("label")]
    if len(label_of) == 1 and label_of[0].end == label.end("label"):
        party = party_of(label_of[0], f.aff)
        if label_of[0].type == "ORG" or is_state(party):
            f.add_names([party])
            f.anchor = max(f.anchor, 0)


def colon_quote(f: Finding) -> None:
    """A name and a colon before a quotation ('UK Foreign Secretary David Lammy: "The fighting must
    stop."', 'NATO Secretary General: "..."'): the name introduces the quotation."""
    colon = f.sieve.match(_COLON_QUOTE) if not f.speakers else None
    if colon is None:
        return
    mentions = f.mentions
    introducing = [i for i, m in enumerate(mentions) if m.end <= colon.end("who")]
    tail = f.text[mentions[introducing[-1]].end : colon.end("who")] if introducing else ""
    if introducing and (
        not tail.strip() or is_title_gap(tail) or _PLAIN_SPOKEN.fullmatch(tail) is not None
    ):
        f.add(_coordinated(f.text, mentions, introducing[-1]))
        f.anchor = max(f.anchor, 0)


def reaction_noun(f: Finding) -> None:
    """A reaction named as a party's own, opening the sentence ("Beijing's response was muted",
    "Turkey's support for Azerbaijan has been unwavering")."""
    told = f.sieve.match(_REACTION_NOUN)
    if told is None or _inside_quote(f.text, told.end()):
        return
    owner = [m for m in f.mentions if m.end == told.end("who")]
    if owner and owner[0].type in ("GPE", "ORG", "NORP", "PERSON"):
        party = party_of(owner[0], f.aff)
        if party not in f.speakers:
            f.speakers.insert(0, party)
        f.anchor = 0


def pull_quote(f: Finding) -> None:
    """A quotation signed after a dash ('"We must put our differences aside." — X, the UN envoy'):
    the person signing, whose title says for whom ("Dominica's Prime Minister X, chair of the
    Caribbean Community"), else the body."""
    pulled = f.sieve.match(_PULL_QUOTE) if not f.speakers else None
    if pulled is None:
        return
    signed = [m for m in f.mentions if m.start >= pulled.end()]
    people = [m for m in signed if m.type == "PERSON"]
    if people:
        f.add(people[:1])
    elif signed and (
        signed[0].type in ("ORG", "GPE")
        or (signed[0].type == "NORP" and is_state(party_of(signed[0], f.aff)))
    ):
        f.add([signed[0]])  # "— a Kazakh official": the state's
        f.anchor = max(f.anchor, 0)


def office_alone(f: Finding) -> None:
    """An office alone ("The Secretary-General urges"): the body it names by convention."""
    office = f.sieve.match(_OFFICE_ALONE) if not f.speakers and f.found_verb else None
    if office is not None:
        f.add_names([CONVENTIONAL[office.group("office").lower()]])
        f.anchor = max(f.anchor, 0)


def regional_group_or_state_media(f: Finding) -> None:
    """A region's leaders ("West African heads of state said"): the bloc whose name holds those
    words, when the document names it; "State media described ...": the state whose statements came
    just before."""
    resolve = f.resolve
    if f.speakers or not f.found_verb or resolve is None:
        return
    group_np = f.sieve.match(_REGIONAL_GROUP)
    media = f.sieve.match(_STATE_MEDIA)
    if group_np is not None:
        f.add_names(resolve(BLOC_OF + " ".join(group_np.group("region").split()), 0))
    elif media is not None:
        last = resolve("speaker", 0)
        if len(last) == 1 and is_state(last[0]):
            f.add_names(last)
    if f.speakers and f.anchor < 0:
        f.anchor = 0


def aide_of_leader(f: Finding) -> None:
    """A leader's aide ("His defence minister went further, saying"): the party of the person
    before."""
    if not f.speakers and f.found_verb and f.resolve is not None and leader_aide(f.text):
        f.add_names(f.resolve("person", 0))
        f.anchor = max(f.anchor, 0)
    elif f.speakers and f.resolve is not None and f.subject_at > 0 and leader_aide(f.text):
        # "Her spokesman said on Thursday that X's position ..., a claim Y's officials
        # dismissed": the aide speaks first; who the later clause names speaks after
        first = f.sieve.search(VERB)
        if first is not None and aide_speaks_first(f.text, first.start()):
            f.prepend_names(f.resolve("person", 0))


def capital_opening(f: Finding) -> None:
    """A capital opening the sentence ("In Beijing, a foreign ministry spokesperson said"): its
    state speaks."""
    if not f.speakers and f.found_verb and f.mentions:
        f.add_names(_capital_opening(f.text, f.mentions))
    elif f.speakers and f.found_verb:
        # "In London, the Ministry of Defence said": an organ named by what it is speaks for
        # the capital's state
        placed = placed_organ(f.text, f.mentions)
        if placed is not None and placed[0] in f.speakers:
            f.speakers[f.speakers.index(placed[0])] = placed[1]


# Unnamed people serving abroad: where they are is not whose they are.
_POSTED_ABROAD = re.compile(r"\b(?i:diplomats)\b")


def anonymous_at_seat(f: Finding) -> None:
    """Unnamed people at an organisation's seat ("Diplomats in Brussels said Paris and Berlin wanted
    ..."): the states they name are the speakers."""
    if f.reported_from < 0 or len(f.speakers) != 1:
        return
    seat = f.sieve.match(_ANONYMOUS_AT_SEAT)
    if seat is None:
        return
    named = _states_opening(f.text, f.mentions, f.reported_from, f.aff)
    place = next((m for m in f.mentions if m.start == seat.start("place")), None)
    if place is None:
        return
    host = party_of(place, f.aff)
    if named and not is_state(host):
        f.speakers[:] = list(named)
    elif is_state(host) and _POSTED_ABROAD.search(seat.group(0)):
        # "Diplomats in Tripoli said he was expected to leave": diplomats posted in a capital
        # are other states' (unnamed, no party), not the host's; the states they name speak
        f.speakers[:] = [s for s in named if s != host]


def judged_move(f: Finding) -> None:
    """A move and its judges ("The UAE sent jets to Crete, a move Turkish officials criticised"):
    who made the move acted, as well as who judged it."""
    move = f.sieve.search(_A_MOVE) if f.speakers else None
    if move is not None:
        made = [m for m in f.mentions if m.end <= move.start()]
        f.prepend_names(acting_subject(f.text[: move.start()], made, f.aff))


# A last subject joined to the ones before ("X, and the European Commission said it must stop"):
# no attribution closing reported words.
_JOINED_LAST = re.compile(r",\s+(?:and|or|but)\b", re.IGNORECASE)
# Unnamed people placed in a capital or at a body's seat closing the sentence ("..., an official
# in Cairo said", "..., diplomats at the African Union in Addis Ababa said"): a source of what the
# party acting in the words reported did, not a party of its own beside it.
_PLACED_SOURCE = re.compile(
    r",\s+(?:(?:an?|two|three|several|some|senior|other)\s+)*(?:officials?|diplomats?|sources?)"
    r"\s+(?:in|at)\s+[^,;\"“”]{1,60}?\s(?:said|says|say)\b"
)


def told_last(f: Finding) -> None:
    """An attribution closing the sentence ("American and British jets shot them down, U.S. Central
    Command said"): who acted in the words reported, as well as who reported them."""
    if not f.speakers or not f.sieve.may_match(_TOLD_LAST):
        return
    # Nothing after the comma that opens a match is a comma, and the match runs to the end of
    # the sentence: only the last comma can open one, so the search is one attempt there
    # (instead of one at every comma).
    last_comma = f.text.rfind(",")
    told = _TOLD_LAST.match(f.text, last_comma) if last_comma >= 0 else None
    if told is not None:
        reported = [m for m in f.mentions if m.end <= told.start()]
        acting = acting_subject(head(f.text, told.start()), reported, f.aff)
        if _JOINED_LAST.match(f.text, told.start()) is None and any(
            m.canonical == "European Commission" for m in f.mentions if m.start > told.start()
        ):
            # "The EU has released 3 million euros in aid, the European Commission said": the
            # Union's act told by its Commission is the Commission's word, in its own name
            # (the gold's convention, as in `the_commission`)
            f.speakers[:] = [s for s in f.speakers if s not in EU_BODIES]
            acting = tuple(a for a in acting if a not in EU_BODIES)
        if acting and _PLACED_SOURCE.match(f.text, told.start()) is not None:
            # "The Arab League's secretary-general sent a message, an official in Cairo said":
            # the League acted; Egypt, where the official spoke, did not
            placed = {party_of(m, f.aff) for m in f.mentions if m.start > told.start()}
            f.speakers[:] = [s for s in f.speakers if s not in placed or s in acting]
        f.add_names(acting)


def clause_joins(f: Finding) -> None:
    """Clauses beside the speaker's: a further one whose subject acts ("Brazil and Colombia
    abstained, and Mexico did not attend"), the one before ("Iran closed its borders, while Kuwait
    urged ..."), and the body meeting where the speaker spoke ("The Security Council met in New
    York, where the U.S. ambassador said ...")."""
    if not f.speakers:
        return
    text, mentions, aff = f.text, f.mentions, f.aff
    for join in f.sieve.finditer(_CLAUSE_JOIN):
        f.add_names(acting_subject(text[join.end() :], mentions_from(mentions, join.end()), aff))
    speaker_at = max(f.anchor, f.subject_at)
    first_join = next((j for j in f.sieve.finditer(_JOIN_OR_WHERE) if j.end() <= speaker_at), None)
    if first_join is not None:
        head = [m for m in mentions if m.end <= first_join.start()]
        f.prepend_names(acting_subject(text[: first_join.start()], head, aff))


def gapped_sums(f: Finding) -> None:
    """A sum whose verb is left out ("Canada announced $5 million and Australia $2 million"): the
    second giver gave too."""
    if not f.speakers or _DIGIT.search(f.text) is None or not f.sieve.search(_GAPPED_SUM):
        return  # (each branch holds a digit: a cheap test before a search with no gate)
    for m in f.mentions:
        if _GAPPED_SUM.match(f.text, m.end) and _LIST_JOIN_BEFORE.search(f.text, 0, m.start):
            party = party_of(m, f.aff)
            if m.type == "ORG" or is_state(party):
                f.add_names([party])


def backed_by(f: Finding) -> None:
    """A text backed, adopted or drafted ("The decision was backed by Germany", "The Council adopted
    a resolution drafted by Australia"): the agent speaks, and so does the body that adopted it."""
    for backed in f.sieve.finditer(_BACKED_BY):
        if not f.speakers:
            adopted = acting_subject(f.text[: backed.start()], mentions_from(f.mentions, 0), f.aff)
            f.add_names(adopted)
        f.add(_subject_after(f.text, f.mentions, backed.end()))


def alongside(f: Finding) -> None:
    """Parties taking part beside the speakers (", as did Yemen's government", "on behalf of the
    OIC", "over the objections of the United States", "at the request of the Dutch authorities"),
    none inside the words reported ("said ... at the request of X")."""
    if not f.speakers:
        return
    text, mentions = f.text, f.mentions
    for also in f.sieve.finditer(_AS_DID):
        f.add(_subject_after(text, mentions, also.end()))
    reported = f.reported_from if f.reported_from >= 0 else len(text)
    if f.sieve.may_match(_FOR_OR_AGAINST):
        for voice in _FOR_OR_AGAINST.finditer(text, 0, reported):
            if _IN_RELATIVE.search(text, 0, voice.start()):
                continue  # "The Minsk Group, which leads talks on behalf of A, B and C, said"
            f.add(_subject_after(text, mentions, voice.end()))
    f.add_names(requesters(text, mentions, f.aff, f.reported_from))


def drew_from(f: Finding) -> None:
    """A reaction told as a noun ("The move drew condemnation from the EU")."""
    for drew in f.sieve.finditer(_DREW_FROM):
        f.add(_subject_after(f.text, f.mentions, drew.end()))


def according_to(f: Finding) -> None:
    """A source ("according to a statement from X"), unless of a tally ("100,000 have fled,
    according to the UN"); and who acted in the words it reports ("The U.S. Embassy partially
    evacuated staff, according to two Iraqi sources")."""
    text, mentions = f.text, f.mentions
    for a in f.sieve.finditer(_ACCORDING) if f.sieve.search(_TALLY) is None else ():
        source = _SOURCE_OF.match(text, a.end())
        f.add(_subject_after(text, mentions, source.end() if source else a.end()))
        if _ATTRIBUTION_LAST.search(text, max(0, a.start() - 4), a.start()):
            earlier = [m for m in mentions if m.end <= a.start()]
            f.prepend_names(acting_subject(text[: a.start()], earlier, f.aff))


def thanked(f: Finding) -> None:
    """Parties thanked for their words ("We thank the governments of Mexico and Brazil for their
    expressions of solidarity"): those thanked reacted too."""
    thanks = f.sieve.search(_THANKED_FOR) if f.speakers else None
    if thanks is not None:
        f.add(
            [
                m
                for m in f.mentions
                if thanks.start("who") <= m.start < thanks.end("who")
                and (m.type == "ORG" or is_state(party_of(m, f.aff)))
            ]
        )


def named_aside(f: Finding) -> None:
    """A speaker named in an aside ("a grave violation, as the French foreign ministry put it", "a
    welcome first step, which the Secretary-General hopes can ..."), when no one else spoke."""
    aside = f.as_speaker if not f.speakers else None
    if aside is None:
        return
    who = [m for m in f.mentions if aside.start("who") <= m.start < aside.end("who")]
    if who:
        f.add(_coordinated(f.text, f.mentions, f.mentions.index(who[0])))
    elif aside.group("office") is not None:
        f.add_names([CONVENTIONAL[aside.group("office").lower()]])


def in_capacity(f: Finding) -> str | None:
    """The body whose chair a lone speaker speaks as ("Speaking as the bloc's chair, the
    Indonesian minister urged talks", "X, speaking as chairman of the OAU, said"), or the
    Security Council whose president of the month a lone speaker is: the body speaks, not its
    chair's state."""
    if len(f.speakers) != 1:
        return None
    if council_presidency(f.text, f.mentions):
        return SECURITY_COUNCIL  # "X, who held the Council presidency, told reporters"
    resolve = f.resolve
    bloc = (lambda: resolve("org", 0)) if resolve is not None else None
    return capacity_body(f.text, f.mentions, bloc)


def officer_of_body(f: Finding) -> str | None:
    """The body whose officer the sentence opens on when the text adds the officer's state ("Its
    chairman, Juan Ruiz of Aldria, told reporters", "The force's Ruritanian commander, General
    X, asked"): the body speaks, not the state the holder comes from. None when the lone speaker
    found is no state named in that officer's phrase, or the body is not one organisation."""
    if len(f.speakers) != 1 or f.resolve is None:
        return None
    person = next((m for m in f.mentions if m.type == "PERSON"), None)
    if person is None or person.start > 160 or VERB.search(f.text, 0, person.start):
        return None
    officer = BODY_OFFICER.search(f.text, max(0, person.start - 80), person.start)
    if officer is None:
        return None
    states = [
        m
        for m in f.mentions
        if (officer.start() <= m.start and m.end <= person.start and m.type in ("NORP", "GPE"))
        or (m.type == "GPE" and _OF_STATE.fullmatch(f.text, person.end, m.start))
    ]
    if [party_of(m, {}) for m in states] != list(f.speakers):
        return None
    body = f.resolve("org" if officer.group("body") else "it", officer.start())
    if len(body) != 1 or body[0] == f.speakers[0] or is_state(body[0]):
        return None
    return body[0] if gazetteer.actor_type(body[0]) == "ORG" else None


# A person of a state: "X of Aldria".
_OF_STATE = re.compile(r"\s+of\s+(?:the\s+)?")


def own_state(f: Finding) -> str | None:
    """The state a lone speaker stands for in the words it reports: "Prime Minister Lee
    Hsien Loong said Singapore hoped ..." (a leader given no state speaks for the state
    that is the subject of the words reported); "A Foreign Office spokesperson said London
    did not agree" (an unqualified ministry speaking of its government by the capital)."""
    if len(f.speakers) != 1 or f.reported_from < 0:
        return None
    speaker = f.speakers[0]
    if any(m.type == "PERSON" and m.canonical == speaker for m in f.mentions):
        state = _state_subject(f.text, f.mentions, f.reported_from)
        if state is not None:
            return state
    if is_domestic_institution(speaker):
        return _capital_subject(f.text, f.mentions, f.reported_from)
    return None


def unnamed_people(f: Finding) -> bool:
    """Unnamed people of no body or state ("European diplomats ..., speaking on condition of
    anonymity, said") speak for no one; "An EU official, speaking on condition of anonymity" is the
    EU's."""
    unnamed = _UNNAMED_PEOPLE.search(f.text) if f.sieve.search(ANONYMITY) else None
    return unnamed is not None and not any(
        m.type in ("GPE", "ORG") or is_state(party_of(m, f.aff))
        for m in f.mentions
        if unnamed.start() <= m.start < unnamed.end()
    )


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
_DIGIT = re.compile(r"\d")  # what `_GAPPED_SUM`'s every match holds (its own `\d`)
_LIST_JOIN_BEFORE = re.compile(r"(?:,\s+(?:and\s+)?|\s+and\s+)$")
