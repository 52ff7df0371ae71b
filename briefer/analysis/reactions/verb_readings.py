"""The reading of one reporting verb for its speakers (`read_verb`): its agent, its named
subject, or whom an unnamed or anaphoric subject stands for, in that order."""

from __future__ import annotations

import re

from briefer.analysis.model import Mention
from briefer.analysis.owners import ROLE_WORDS, is_domestic_institution
from briefer.analysis.reactions.acts import _DATELINE
from briefer.analysis.reactions.anaphors import (
    _ANAPHOR_AFTER,
    _ANAPHOR_ASIDE,
    _ANAPHOR_BEFORE,
    _ANAPHOR_NP,
    _BODY_ANAPHORS,
    _ITS_BODY,
    _THEIR_GOVERNMENTS,
    anaphor_kind,
)
from briefer.analysis.reactions.coordination import _coordinated
from briefer.analysis.reactions.cues import (
    _AMONG_THOSE,
    _AND_VERB,
    _BY_AGENT,
    _DECLINED,
    _DETERMINER,
    _FEELING,
    _FIRST_TO,
    _GAPPED_AGENT,
    _INHERIT,
    _NEGATED,
    _NEITHER,
    _NEW_CLAUSE,
    _NO_COMMENT,
    _PASSIVE,
    _PASSIVE_AGENT,
    _PRESENT,
    _SAID_BEFORE,
    _SAID_NOTHING,
    _STATIVE_PASSIVE,
    CONSULTING,
    OF_PEOPLE,
)
from briefer.analysis.reactions.finding import ADJACENT, PAIR, STATE_BODY, Finding, Resolver
from briefer.analysis.reactions.places import (
    _IN_PLACE,
    _capital_opening,
    _place_spoken_in,
    _place_where,
)
from briefer.analysis.reactions.quotes import _INVERTED, _WHO_BEFORE, _inside_quote
from briefer.analysis.reactions.subjects import (
    _CLAUSE_BREAK,
    _clause_subject,
    _opening_party,
    _subject_after,
    _subject_before,
)
from briefer.analysis.reactions.titles import (
    _CHAIR_ASIDE,
    _CHAIR_NAMED,
    _CHAIR_OF_NAMED,
    _FOR_THE_MEMBERS,
    _UNNAMED_BEFORE,
    UNNAMED_PLURAL,
    _anonymous,
    the_commission,
)

#: Words opening a relative or subordinate clause inside the main one: the subject of the main
#: clause stands before them ("X, who had imposed a curfew, lifted it after the withdrawal").
_SUBORDINATE = frozenset(
    {"as", "after", "before", "when", "because", "since", "if", "unless", "although", "though"}
    | {"which", "who", "whom", "that"}
)

_QUOTE_CLOSED_BEFORE = re.compile(r"[\"”]\s*$")
# An anaphor opening a clause, before its own verb ("He postponed ...", "The ministry had ...").
_CLAUSE_ANAPHOR = re.compile(r"\s*" + _ANAPHOR_NP + r"\s+(?!(?:and|or)\b)", re.IGNORECASE)


# A message sent to someone, right before a participle: "sent a message to Reagan warning",
# "writes to the UN Secretary-General urging".
_MESSAGE_TO = re.compile(
    r"\b(?:(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?(?:message|letter|note|telegram|"
    r"cable)\s+to|(?:writes|wrote|written)\s+to)\s+(?:the\s+)?[^,;:.\"“”]{1,60}?\s+$"
)


# A verb of contact whose purpose is the reporting verb: "telephoned Lam this month to condemn",
# "wrote to the Secretary-General to protest", "met the ambassador to express concern".
_CONTACT_TO = re.compile(
    r"\b(?:telephoned|phoned|rang|called|wrote\s+to|met|summoned|visited|flew\s+to|travelled\s+to|"
    r"traveled\s+to)\s+[^,;:\"“”]{1,60}?\s+to\s+$"
)


def read_verb(f: Finding, v: re.Match[str]) -> None:
    """The speakers of one reporting verb: its agent, its subject, or whom an unnamed or
    anaphoric subject stands for; nothing for a verb that reports no statement."""
    text = f.text
    if f.aside is not None and f.aside.start() <= v.start() < f.aside.end():
        return  # "a welcome step, which the Secretary-General hopes": see `_AS_SPEAKER`
    before = text[max(0, v.start() - 24) : v.start()]
    feeling = _FEELING.match(v.group(0)) is not None
    if feeling and (_inside_quote(text, v.start()) or _SAID_BEFORE.search(text, 0, v.start())):
        return  # '"We are troubled," X said'; 'Farmers said they were worried': not the verb
    if _passive_agent(f, v, before, feeling):
        return
    if _DETERMINER.search(before) or _PASSIVE.search(before):
        return  # "their main demands" is a noun; "was questioned" passive
    if _no_statement(f, v, before) or _among_those(f, v):
        return
    f.found_verb = True
    if f.reported_from >= 0 and not _NEW_CLAUSE.search(text, f.reported_from, v.start()):
        _reported_speaker(f, v)
        return
    # "..., saying": a participle right after a comma, or after the addressee of a message
    # ("X sent a message to Reagan warning that ...": X warns, not Reagan)
    after_comma = bool(v.group("ing")) and (
        text[: v.start()].rstrip().endswith(",")
        or _MESSAGE_TO.search(text, max(0, v.start() - 90), v.start()) is not None
    )
    if after_comma and f.found_subject:
        return  # "..., saying" shares the subject already found
    if f.found_subject and _INHERIT.search(before):
        return  # "voiced concern and urged restraint": the same subject
    if f.resolve is not None and not f.found_subject and _its_people(f, v, f.resolve):
        return  # "Its spokesperson in Geneva urged": not Geneva, the body before
    group = _subject_of(f, v, before, after_comma)
    if group and CONSULTING.fullmatch(v.group(0)):
        # "The farmers of Chile and Peru met in Quito": people of a state meeting or
        # travelling are not its government ("The presidents of Chile and Peru met" are)
        people = OF_PEOPLE.search(text, max(0, group[0].start - 30), group[0].start)
        if people is not None and people.group("noun") not in ROLE_WORDS:
            group = []
    if _named_subject(f, v, group):
        return
    if f.resolve is None or f.found_subject:
        return
    if _its_people(f, v, f.resolve, named=True):
        return  # "Its president, Jane Doe, said": her body unknown by her name, the body before
    if _unnamed_speaker(f, v, f.resolve):
        return
    pronoun = _anaphor_at(f, v)
    if pronoun is None:
        _its_body(f, v, f.resolve)
    else:
        _anaphor(f, v, pronoun, f.resolve)


def _passive_agent(f: Finding, v: re.Match[str], before: str, feeling: bool) -> bool:
    """A passive's agent speaks ("The offensive was condemned by the African Union"). True when the
    verb has an agent, read or not: "claimed by" is no statement."""
    text = f.text
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
        group = _subject_after(text, f.mentions, agent.end())
        if group:
            f.add(group)
            f.found_subject = f.found_verb = True
    return agent is not None


def _among_those(f: Finding, v: re.Match[str]) -> bool:
    """Parties counted among those acting ("China, India and South Africa were among the states that
    abstained", "the first to"): the verb's subject."""
    if f.found_subject:
        return False
    window = max(0, v.start() - 80)
    among = f.sieve.search(_AMONG_THOSE, window, v.start()) or f.sieve.search(
        _FIRST_TO, window, v.start()
    )
    if among is None:
        return False
    group = _subject_before(f.text, f.mentions, among.start())
    if not group:
        return False
    f.add(group)
    f.found_subject = f.found_verb = True
    return True


def _reported_speaker(f: Finding, v: re.Match[str]) -> None:
    """A verb inside the words reported ("said Brussels had asked") is no statement of its
    own; but "said he had spoken with Macron, who expressed support" reports Macron's."""
    relative = _WHO_BEFORE.search(f.text, f.reported_from, v.start())
    if relative is None:
        return
    antecedent = [m for m in f.mentions if m.end == relative.start()]
    if antecedent and antecedent[0].type in ("PERSON", "GPE", "ORG"):
        f.add(antecedent)


def _subject_of(f: Finding, v: re.Match[str], before: str, after_comma: bool) -> list[Mention]:
    """The named subject of the verb `v`: before it, the main clause's for a participle
    after a comma, the parties whose governments acted, or the subject of an inversion
    ('"...," said X') or of the clause an "and" joins the verb to."""
    text, mentions = f.text, f.mentions
    # "The EU launched a case against China, accusing Beijing ...": a participle after a
    # comma shares the main clause's subject, not the object just before the comma.
    group = _clause_subject(text, mentions, 0) if after_comma else []
    if not group:
        group = _subject_before(text, mentions, v.start())
        fronted = f.fronted
        if fronted is not None and group and group[-1].start >= fronted.end():
            # "After meeting Chancellor X, President Y urged": whom the subject met, in
            # the clause set before it, does not speak
            group = [m for m in group if m.start >= fronted.end()]
    if not group and (contact := _CONTACT_TO.search(text, max(0, v.start() - 100), v.start())):
        # "X telephoned Lam this month to condemn the violence": the caller's purpose
        group = _subject_before(text, mentions, contact.start())
    if not group and _THEIR_GOVERNMENTS.search(text, max(0, v.start() - 40), v.start()):
        # "diplomats from A, B and C ... after their governments questioned the result"
        states = [m for m in mentions if m.end <= v.start() and m.type == "GPE"]
        group = _coordinated(text, mentions, mentions.index(states[-1])) if states else []
        if len(group) < 2:
            group = []
    if not group and _INVERTED.search(text, max(0, v.start() - 4), v.end()):
        group = _subject_after(text, mentions, v.end())
    if not group and not f.found_subject and (joined := _AND_VERB.search(before)):
        group = _joined_subject(f, v, joined)
    return group


def _joined_subject(f: Finding, v: re.Match[str], joined: re.Match[str]) -> list[Mention]:
    """A verb joined by "and" to the main clause ("X, who had imposed a curfew, lifted it after ...
    and praised"): the main clause's subject, past its relative and subordinate clauses."""
    return _clause_subject(f.text, f.mentions, _joined_clause_start(f, v, joined))


def _joined_clause_start(f: Finding, v: re.Match[str], joined: re.Match[str]) -> int:
    """Where the main clause a verb is joined to by "and" begins: after a dateline and after the
    last clause break before the "and" that opens no relative or subordinate clause."""
    text = f.text
    dateline = _DATELINE.match(text)  # "Abuja, 31 July 2023 — ...": not the subject
    clause_start = dateline.end() if dateline is not None else 0
    joined_at = max(0, v.start() - 24) + joined.start()  # (`joined` searched a window)
    for br in _CLAUSE_BREAK.finditer(text, 0, v.start()):
        if br.end() > joined_at:
            break  # "..., and offered to mediate": the ', and' joins this verb itself
        if br.group(0).strip(" ,").lower() in _SUBORDINATE:
            continue  # "X, who had imposed a curfew, lifted it after ... and praised"
        clause_start = max(clause_start, br.end())
    return clause_start


def _named_subject(f: Finding, v: re.Match[str], group: list[Mention]) -> bool:
    """The verb's named subject speaks, or the body a chair named in it speaks for. True when
    the verb is read (its reported words then begin after it)."""
    sieve, resolve = f.sieve, f.resolve
    chair = (
        sieve.search(_CHAIR_ASIDE, group[-1].end, v.start())
        if group and resolve is not None
        else None
    )
    held = sieve.search(_CHAIR_NAMED, group[-1].end, v.start()) if group else None
    if held is None and group and sieve.search(_FOR_THE_MEMBERS) is not None:
        held = sieve.search(_CHAIR_OF_NAMED, group[-1].end, v.start())
    bodies = [m for m in f.mentions if held.start() <= m.start < held.end()] if held else []
    if held is not None and len(bodies) == 1 and bodies[0].type == "ORG":
        # "the office of X, who holds the CSTO's rotating chairmanship, said": the CSTO
        group = [bodies[0]]
    elif chair is not None and resolve is not None:
        # "Brunei, which chairs the bloc, said": the bloc speaks through its chair.
        bloc = resolve("org", chair.start())
        if bloc:
            group = []
            f.add_names(bloc)
            f.found_subject = True
    if len(group) == 1 and resolve is not None and _whose_institution(f, v, group[0], resolve):
        return True
    if group:
        f.add(group)
        f.found_subject = True
        if f.anchor < 0:
            f.anchor = f.anchored(group[0].start, v)
            f.subject_at = group[0].start
    if f.found_subject and (group or chair is not None):
        f.note_saying(v)
        return True
    return False


def _whose_institution(f: Finding, v: re.Match[str], body: Mention, resolve: Resolver) -> bool:
    """A ministry or office named only by what it is ("the Foreign Ministry said", "a Foreign
    Ministry spokesman said in Tokyo") is no party of its own: like "the foreign ministry", it
    speaks for the state of the place it spoke in, or else for the state spoken of just before.
    True when read."""
    text, mentions = f.text, f.mentions
    words = body.surface.split()
    if (
        body.type != "ORG"
        or words[-1].lower() not in ("ministry", "office")
        or not is_domestic_institution(body.surface)
        or text[max(0, body.start - 3) : body.start] in ("'s ", "’s ")
    ):
        return False  # (a council or commission is a body of its own; "Russia's ministry")
    names = (
        _place_where(text, mentions, body.start)
        or _capital_opening(text, mentions)
        # "said in Tokyo", "a statement in Paris": the capital right after the body's verb
        or _place_spoken_in(text, mentions, body.end, v.end() + 40)
        or resolve(STATE_BODY, body.start)
    )
    if not names:
        return False
    f.resolved(names, v, body.start)
    return True


def _unnamed_speaker(f: Finding, v: re.Match[str], resolve: Resolver) -> bool:
    """An unnamed official ("The United States is 'deeply concerned', a spokesperson said"): the
    party the sentence opens on, the capital's state ("In Tehran, a spokesman warned"), or else
    whoever spoke just before. True when read."""
    text, mentions = f.text, f.mentions
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
    # ("Officials there said" is the last speaker's place speaking, wherever it spoke)
    plural = re.search(rf"\b{UNNAMED_PLURAL}\b(?!\s+there)", unnamed.group(0), re.I) is not None
    # ("..., officials said" after an event is no follow-up of the last speaker; after the
    # party's own statement, in the same paragraph, it is)
    names = opening or resolve(ADJACENT if plural else "speaker", unnamed.start())
    names = the_commission(unnamed.group(0), names)  # '"...," a Commission spokesman says'
    if not names:
        return False
    f.resolved(names, v, None if opening else unnamed.start())
    return True


def _anaphor_at(f: Finding, v: re.Match[str]) -> re.Match[str] | None:
    """The anaphor standing for the verb's subject ("It said", "the ministry added", '"...,"
    said he'), if any."""
    text = f.text
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
    if pronoun is None and not f.found_subject:
        # "He postponed the meeting ... and said he was saddened": the anaphor opening the
        # clause the verb is joined to by "and" is its subject, as a name there would be
        joined = _AND_VERB.search(text, max(0, v.start() - 24), v.start())
        if joined is not None:
            pronoun = _CLAUSE_ANAPHOR.match(text, _joined_clause_start(f, v, joined), v.start())
    return pronoun


#: How far before its verb "Its <office>" may open: room for a name between commas ("Its
#: secretary general, Jane Doe, had earlier said").
_ITS_REACH = 100


def _its_before(f: Finding, v: re.Match[str]) -> re.Match[str] | None:
    """The "Its spokesperson" / "Its foreign ministry" the verb's subject opens with, if any
    (read by `_its_people` and `_its_body`)."""
    return _ITS_BODY.search(f.text, max(0, v.start() - _ITS_REACH), v.start())


def _its_body(f: Finding, v: re.Match[str], resolve: Resolver) -> None:
    """A body named as its owner's ("Taiwan moved to ease the blow. Its representative office
    announced"): the party that acted or spoke just before; the state before for "its foreign
    ministry", the parties before for "their governments"."""
    its = _its_before(f, v)
    if its is None or its.group("person") is not None:
        return  # (its people: `_its_people`)
    personal = its.group("owner").lower() in ("his", "her")
    if personal and its.group("state") is None:
        return  # "His office said": the person's own office, read with the person
    if its.group("state") is None:
        names = resolve("it", its.start())
    else:
        plural = its.group("owner").lower() == "their"
        names = resolve("group" if plural else STATE_BODY, its.start())
    if names:
        f.resolved(names, v, its.start())


def _its_people(f: Finding, v: re.Match[str], resolve: Resolver, named: bool = False) -> bool:
    """Unnamed people of a body named as its owner's, opening the sentence ("The UN human rights
    office said ... Its spokesperson in Geneva urged", "Its officials noted privately"): the
    body that acted or spoke just before; the parties before for "Their envoys said". True
    when read. (Mid-sentence, ", and its ambassador said", the clause's own subject owns them.)
    One named between commas ("Its president, Jane Doe, said") is read by `named` only, after
    the name itself found no party."""
    its = _its_before(f, v)
    if its is None or its.group("person") is None or f.text[: its.start("owner")].strip():
        return False
    if (its.group("named") is not None) != named:
        return False
    owner = its.group("owner").lower()
    if owner in ("his", "her"):
        return False  # "His spokesman said": the person's, read with the person
    names = resolve("group" if owner == "their" else "it", its.start())
    if names:
        f.resolved(names, v, its.start())
    return bool(names)


def _opening_place_before(text: str, pos: int) -> bool:
    """Whether the sentence opens on its place right before `pos` ("In Tokyo, " before "the
    chief cabinet secretary")."""
    opening = _IN_PLACE.match(text)
    return opening is not None and opening.end() == pos


def _anaphor(f: Finding, v: re.Match[str], pronoun: re.Match[str], resolve: Resolver) -> None:
    """An anaphor ("It", "the ministry", "Both", "the spokesperson"): whom it points back to, or the
    state of the place where it spoke ("In Tehran, the ministry said")."""
    text = f.text
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
    names = _place_where(text, f.mentions, pronoun.start())
    if not names and (
        kind in ("it", "org")
        # "In Tokyo, the chief cabinet secretary told": an office opening the clause after
        # the place (not "he", who may be a visitor there)
        or (pronoun.group("noun") and _opening_place_before(text, pronoun.start()))
    ):
        names = _capital_opening(text, f.mentions)
    if not names and word.lower().startswith("spokes"):
        # "the spokesperson said" speaks for whoever spoke just before, not for the
        # last person named
        names = resolve("speaker", pronoun.start())
    names = names or resolve(kind, pronoun.start())
    if names:
        f.resolved(names, v, pronoun.start())


def _no_statement(f: Finding, v: re.Match[str], before: str) -> bool:
    """A verb that reports no statement: "has not said whether", "has said little", "declined to
    comment"."""
    text = f.text
    return bool(
        _NEGATED.search(before)
        or _SAID_NOTHING.match(text, v.end())
        # (through the sieve: "neither" or "nor" is rarely there, and the search tried its
        # "nor" branch at every place before the verb)
        or f.sieve.search(_NEITHER, 0, v.start())
        or (_NO_COMMENT.match(text, v.start()) and not _DECLINED.match(text, v.start()))
    )
