"""The subject of a verb, walking back from it: the head of its noun phrase ("the OSCE mission in
Kosovo", "X's foreign ministry"), the clause it opens, the appositives and asides between it
and the verb, and the subject after an inverted verb ('..., said a spokesman for X')."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefer.analysis import gazetteer
from briefer.analysis.affiliation import title_gap
from briefer.analysis.model import Mention
from briefer.analysis.owners import ROLE_WORDS, is_state, party_of
from briefer.analysis.reactions.coordination import (
    _COORDINATION,
    _FROM_BEFORE,
    _PLACE_BEFORE,
    _coordinated,
    listed_together,
)
from briefer.analysis.verbs import IRREGULAR_PAST, alternation

# Where a clause begins, as seen walking back from a verb.
_CLAUSE_BREAK = re.compile(
    r"""[;:\[\]"“”]|\s[-–—]\s|,\s+(?:and|but|while|whereas|although|though|as|after|before|"""
    r"""when|because|since|which|who)\s|\s(?:but|while|whereas|that|which|who|whom|when|"""
    r"""after|before|because|if|unless|although)\s""",
    re.IGNORECASE,
)
_GAP_BLOCKERS = re.compile(
    r"\b(?:who|which|that|whose|whom|and|or|but|after|before|when|because|against|on|at|with|"
    r"to|about|over|into|by|in|of|for|from|its|their|his|her)\b|[,;]",
    re.IGNORECASE,
)
_MAX_GAP_WORDS = 7
# An unnamed voice of a body after an inverted verb: '"...," said a spokeswoman for the'.
_VOICE_FOR = re.compile(
    r"\s*(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}?(?:spokes(?:man|woman|person)|official|"
    r"representative)\s+(?:for|of)\s+(?:the\s+)?",
    re.IGNORECASE,
)
# A person's capitalised office after an inverted verb, "of" or "for" inside it ('..., said
# Secretary of State X', 'said Minister for Foreign Affairs X', 'said the Secretary-General, X').
_OFFICE_AFTER_VERB = re.compile(
    r"\s*(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,3}?[A-Z][\w-]*(?:\s+(?:of|for)\s+(?:the\s+)?"
    r"(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*)?(?:,\s+|\s+)"
)
_AND_OTHERS = re.compile(r"^,?\s+and\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
_ONLY_THE = re.compile(r"\s*(?:the\s+)?$", re.IGNORECASE)
# A comma closing an appositive just before the verb (auxiliaries and adverbs may come between).
_APPOSITIVE_TAIL = re.compile(
    r",\s*(?:(?:has|have|had|also|later|then|again|on\s+\w+day|\w+ly)\s+)*$", re.IGNORECASE
)
_JOINS = re.compile(r"\b(?:and|or|but|while)\b", re.IGNORECASE)
_HEAD_TAIL = re.compile(r"^(?:'s|’s)?(?:\s+[\w-]+){0,5}\s*$")
# A state's people by trade or condition, not its government: "'s flower growers".
_CIVIL_TAIL = re.compile(
    r"^['’]s\s+(?:[\w-]+\s+){0,2}?(?:growers|farmers|exporters|importers|producers|businesses|"
    r"companies|firms|traders|fishermen|workers|residents|citizens|students|activists|"
    r"protesters|journalists|voters|travellers|travelers|tourists|families)\s*$"
)
# "The OSCE mission in Kosovo", "the U.S. ambassador to Serbia": the body, not the place.
# ("The UN special rapporteur on Myanmar", "the AU's panel on Libya": the body, not its subject)
_POSTED_IN = re.compile(r"^(?:'s|’s)?\s+(?:[\w-]+\s+){0,3}?(?:in|to|at|for|on)\s+(?:the\s+)?$")
# "Its ambassador to the UN, X, said", "their envoys at the UN said": the envoy's post names
# where he serves; whose he is, the pronoun says (read from the sentences before).
# ("Its embassy in Nairobi said": where its post is, not who speaks)
_PRONOUN_POSTED_TO = re.compile(
    r"(?:^|[\s(\"“])(?:[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:[\w-]+\s+){0,2}?(?:ambassadors?|envoys?|"
    r"representatives?|delegates?|delegations?|emissar(?:y|ies))\s+(?:to|at)\s+(?:the\s+)?$|"
    r"(?:^|[\s(\"“])(?:[Ii]ts|[Tt]heir)\s+(?:[\w-]+\s+){0,2}?(?:embass(?:y|ies)|consulates?|"
    r"missions?)\s+in\s+$"
)
_CLAUSE_OPENING = re.compile(
    r"^\s*(?:[A-Z][^,]{0,40},\s*)?(?:only\s+|even\s+|both\s+)?(?:(?:the|a|an)\s+(?:(?:senior|top|"
    r"high-level|joint|visiting|former|new|first|second|latest)\s+)?)?"
    # a state told by where it lies: "Neighbouring Austria advised", "the neighbouring Niger"
    r"(?:(?:neighbou?ring|nearby)\s+)?$",
    re.IGNORECASE,
)
# "Secretary of State Antony Blinken spoke ... and condemned": a title opening the clause.
_TITLE_OPENING = re.compile(r"^\s*(?:the\s+)?(?P<title>(?:(?:[A-Z][\w-]*|of)\s+){1,4})$")


_HONORIFIC = re.compile(r"\s*(?:Mr|Mrs|Ms|Dr)\.?\s+")


def _opens_clause(before: str) -> bool:
    """Whether `before` (clause start up to a mention) leaves the mention as the subject."""
    if _CLAUSE_OPENING.match(before) or _HONORIFIC.fullmatch(before):
        return True
    title = _TITLE_OPENING.match(before)
    if title is not None and any(
        w.lower() in ROLE_WORDS and w.lower() not in ("of", "the")
        for w in title.group("title").split()
    ):
        return True
    # "The foreign ministers of Estonia, ...": a role phrase naming whose officials act.
    words = before.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if words and words[-1].lower() == "the":
        words = words[:-1]  # "Leaders of the Commonwealth of Independent States"
    # (a qualifier may lead the role: "transport ministers of the European Union")
    lead = 1 if len(words) >= 3 and words[0].isalpha() and words[0].islower() else 0
    return (
        1 <= len(words) <= 5
        and words[-1].lower() == "of"
        and all(w.lower() in ROLE_WORDS for w in words[lead:])
    )


def _head_before(text: str, mentions: Sequence[Mention], pos: int) -> int:
    """Index of the mention heading the noun phrase that ends at `pos`, or -1.

    Only title words may follow it: "The EU's foreign policy chief", "Serbian officials".
    """
    for i in range(len(mentions) - 1, -1, -1):
        m = mentions[i]
        if m.end > pos:
            continue
        gap = text[m.end : pos]
        if _JOINS.search(gap):
            return -1  # "Greece and Cyprus and, at its summit, offered": another clause
        if _CIVIL_TAIL.match(gap):
            return -1  # "Kenya's flower growers said": a state's people, not its government
        if not gap.strip() or gap.strip() == ")" or title_gap(gap) or _HEAD_TAIL.match(gap):
            # (")": "The Caribbean Community (CARICOM), which ..., said")
            if i > 0 and _POSTED_IN.match(text[mentions[i - 1].end : m.start]):
                return i - 1  # "Russia's ambassador to the UN, X, said": Russia's envoy
            if _PRONOUN_POSTED_TO.search(text, max(0, m.start - 60), m.start):
                return -1  # "Its ambassador to the UN, X, said": not the UN's
            if (
                i > 0
                and m.type in ("LOC", "NORP")
                and mentions[i - 1].type == "ORG"
                and _BODY_OF_MEMBERS.fullmatch(text, mentions[i - 1].end, m.start)
            ):
                return i - 1  # "The Rio Group of 19 Latin American countries": the group
            return i
        return -1
    return -1


def _opening_party(text: str, mentions: Sequence[Mention], attribution: int) -> tuple[str, ...]:
    """The state or body opening a sentence whose attribution comes last (", a spokesperson
    said"), if there is one."""
    if not _ATTRIBUTION_LAST.search(text, max(0, attribution - 4), attribution):
        return ()
    for m in mentions:
        if m.start >= attribution:
            break
        if _CLAUSE_OPENING.match(text[: m.start]) and m.type in ("GPE", "ORG"):
            # "Paris and London have made similar points, diplomats say": every party listed
            group = [m]
            for nxt in mentions[mentions.index(m) + 1 :]:
                if nxt.start >= attribution or not _COORDINATION.match(
                    text[group[-1].end : nxt.start]
                ):
                    break
                group.append(nxt)
            parties = [party_of(g, {}) for g in group if g.type in ("GPE", "ORG")]
            if all(
                # ("West Germany moved units away, a government spokesman said": a former state)
                g.type == "ORG" or is_state(p) or gazetteer.is_former_state(p)
                for g, p in zip(group, parties, strict=False)
            ):
                return tuple(dict.fromkeys(parties))
            return ()
        return ()
    return ()


_ATTRIBUTION_LAST = re.compile(r"[,\"”]\s*$")


_TIME_GAP = re.compile(
    r"\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
    r"(?:late\s+|early\s+)?(?:yesterday|today|earlier|later|last\s+(?:week|month|night))|"
    r"on\s+\d{1,2}\s+[A-Z][a-z]+|on\s+[A-Z][a-z]+\.?\s+\d{1,2})"
    r"(?:\s+(?:morning|afternoon|evening|night))?\s+"
)
# A relative clause still open where a mention stands: ", which occupies ".
_IN_RELATIVE = re.compile(r",\s+(?:which|who|whose)\s[^,;]*$")
# Between a body and the region of its members: "The Rio Group of 19 Latin American countries".
_BODY_OF_MEMBERS = re.compile(r"\s+of\s+(?:(?:\d+|[a-z]+)\s+)?")
# A relative clause opening an aside that runs up to the verb's comma, whatever commas it holds
# ("The co-chairs of the OSCE Minsk Group, which has led peace efforts on behalf of France,
# Russia and the United States since 1994, condemned"): its head stands before it.
_RELATIVE_OPEN = re.compile(r",\s+(?:which|who)\s")
# The named members of a list closed by others unnamed: "A, B, C and several other Western
# countries said", "A and B and other allies".
_AND_OTHER_MEMBERS = re.compile(
    r"\s+and\s+(?:(?:several|many|some|a\s+few|\d+|[a-z]+)\s+)?(?:other\s+)?(?:[A-Z][\w-]*\s+)?"
    r"(?:countries|states|governments|nations|allies|partners|members|donors)\s+",
)
_STATES_OWN = re.compile(r"['’]s\s+(?:(?-i:[A-Z])[a-z]+\s+)?")
# The members a body's name is followed by, as its own noun: " industrialised nations on Sunday "
_MEMBERS_GAP = re.compile(
    r"\s+(?:[a-z-]+\s+){0,2}?(?:nations|countries|states|members|powers|economies|democracies)"
    r"(?:" + _TIME_GAP.pattern + r"|\s+)"
)
# A body's text and how it went out, between the body and the verb: " statement broadcast on
# its radio ", " communique issued through its embassy ".
_TEXT_SENT_OUT = re.compile(
    r"\s+(?:statement|communiqu[eé]|declaration|message|commentary|editorial)\s+(?:issued|"
    r"released|broadcast|published|read|carried|sent|posted|put\s+out)\s+(?:on|in|through|over|"
    r"via|at)\s+(?:[\w'’-]+\s+){1,4}"
)
_AT_POST = re.compile(r"\b(?:in|at|for|to)\s+(?:the\s+)?$", re.IGNORECASE)
_QUOTED_VERB = re.compile(r"\s[\"“](?:\w+ly\s+|\w+ly[\"”]\s+)?$")
_CIVIL_IN = re.compile(
    r"\b(?:groups|activists|residents|analysts|protesters|journalists|experts|campaigners|"
    r"citizens|people|lawmakers|businesses|companies|opposition\s+parties|exiles|diaspora)\s+"
    r"(?:in|from|across)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# A group named by its members in the dashes after it: "the five European members of the
# Security Council — ...", "three Gulf states — ...".
_GROUP_BEFORE_DASH = re.compile(
    r"\b(?:members|countries|states|governments|nations|capitals|allies|partners|signatories)"
    r"\b[^,;:]{0,60}$",
    re.IGNORECASE,
)
_DASH_ASIDE = re.compile(
    # (a hyphen inside a word may stand in the aside: "- the so-called Troika -")
    r"\s[-–—]\s(?:(?!\s[-–—]\s)[^;:]){1,80}?\s[-–—]\s*(?:(?:has|have|had|also|\w+ly)\s+)*$"
)
_AUXILIARY_TAIL = re.compile(r"\b(?:has|have|had)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_MEMBERS_ASIDE = re.compile(
    r",\s+(?:among\s+them|including|notably|such\s+as)\s+[^;:]*?,\s*"
    r"(?:(?:has|have|had|also|\w+ly)\s+)*$",
    re.IGNORECASE,
)


# "whose" opening a clause about the party before it, the noun after that party possibly
# named again first ("Mercosur, the trade bloc whose other members are ...").
_WHOSE = re.compile(r"\bwhose\s", re.IGNORECASE)
_WHOSE_OPENING = re.compile(r",\s+(?:(?:the|a|an)\s+[^,;:\"“”]{0,40}?\s)?$", re.IGNORECASE)
_WHOSE_WINDOW = 240


def _whose_antecedent(
    text: str, mentions: Sequence[Mention], verb_start: int
) -> list[Mention] | None:
    """The subject of a verb inside a "whose" clause, or right after the aside it opens: the
    party named before ", whose" ("The UAE, whose ambassador in Delhi described the change as
    an internal affair"; "Mercosur, whose other members are A, B and C, said"), [] if that party
    is no name ("The bloc, whose chairman ..., said": an anaphor, read as one), None if no
    "whose" clause runs on to the verb."""
    at = text.rfind("whose", max(0, verb_start - _WHOSE_WINDOW), verb_start)
    if at < 0:
        return None  # (most verbs: no "whose" before them)
    whose = _WHOSE.match(text, at)
    if whose is None or _CLAUSE_BREAK.search(text, whose.end(), verb_start) is not None:
        return None
    comma = _comma_before(text, whose.start())
    if comma < 0 or _WHOSE_OPENING.fullmatch(text, comma, whose.start()) is None:
        return None
    head = _head_before(text, mentions, comma)
    return _coordinated(text, mentions, head) if head >= 0 else []


def _comma_before(text: str, pos: int) -> int:
    """The last comma before `pos` that separates words, not digits ("1,500 troops"); -1."""
    at = text.rfind(",", 0, pos)
    while 0 < at < len(text) - 1 and text[at - 1].isdigit() and text[at + 1].isdigit():
        at = text.rfind(",", 0, at)
    return at


def _last_relative_open(text: str, start: int, end: int) -> int:
    """Where the last relative clause opening in `text[start:end]` begins (its comma), or -1
    if there is none or a clause ends between it and `end`."""
    at = -1
    for opened in _RELATIVE_OPEN.finditer(text, start, end):
        at = opened.start()
    if at < 0 or ";" in text[at:end]:
        return -1
    return at


def _subject_before(text: str, mentions: Sequence[Mention], verb_start: int) -> list[Mention]:
    """The entity mentions heading the subject of the verb at `verb_start` (empty if none)."""
    quoted = _QUOTED_VERB.search(text, max(0, verb_start - 20), verb_start)
    if quoted is not None:
        verb_start = quoted.start()  # 'Guterres "strongly condemned" the coup'
    dashed = _DASH_ASIDE.search(text, max(0, verb_start - 100), verb_start)
    if dashed is not None:
        listed = [
            m
            for m in mentions
            if dashed.start() < m.start and m.end <= dashed.end() and m.type in ("GPE", "ORG")
        ]
        if (
            len(listed) >= 2
            and _GROUP_BEFORE_DASH.search(text, max(0, dashed.start() - 80), dashed.start())
            and len(_coordinated(text, mentions, mentions.index(listed[-1]))) == len(listed)
        ):
            # "the five European members of the Council - France, Germany, the United
            # Kingdom, Belgium and Poland - issued a statement": the members named speak
            return listed
        verb_start = dashed.start()  # "Britain, Norway and the US - known as the Troika - said"
    whose = _whose_antecedent(text, mentions, verb_start)
    if whose is not None:
        # "The ALBA bloc, whose members include A, B and C, issued"; "The UAE, whose
        # ambassador in Delhi described": the party "whose" points back to, not its members,
        # officials or places named in the clause
        return whose
    members = _MEMBERS_ASIDE.search(text, max(0, verb_start - 160), verb_start)
    if members is not None:
        # "the United States and ten Latin American governments, among them Argentina, Chile
        # and Peru, said": the named head and every member listed.
        clause_start = 0
        for br in _CLAUSE_BREAK.finditer(text, 0, members.start()):
            clause_start = br.end()
        named = [
            m
            for m in mentions
            if clause_start <= m.start
            and m.end <= verb_start
            and m.type in ("GPE", "ORG")
            and not _PLACE_BEFORE.search(text, max(0, m.start - 12), m.start)
        ]  # ("In Geneva, 27 countries, among them A and B, urged": Geneva is where)
        auxiliary = _AUXILIARY_TAIL.search(text, members.start(), verb_start) is not None
        if named and auxiliary and named[0].start < members.start():
            named = []  # "Germany, including its navy, has ...": the aside names no members
        if named:
            return named
    # An appositive or relative clause between subject and verb is skipped:
    # "Germany, which holds the EU presidency, urged"; "Heiko Maas, the German minister, said".
    tail = _APPOSITIVE_TAIL.search(text, max(0, verb_start - 60), verb_start)
    if tail is not None:
        close = tail.start()
        opened = _comma_before(text, close)
        last = max((i for i, m in enumerate(mentions) if m.end <= close), default=-1)
        if last > 0 and not text[mentions[last].end : close].strip():
            listed = _coordinated(text, mentions, last)
            if len(listed) >= 2 and (
                all(m.type == "PERSON" for m in listed) or listed[0].start < opened
            ):
                # "The presidents of the three countries, A, B and C, have offered": the
                # people named in the list speak, each for their own state; "The statement,
                # also signed by A, B, C and D, said": a list longer than the last comma.
                return listed
        named = [m for m in mentions if m.start > opened and m.end <= close]
        if (
            len(named) == 1
            and named[0].type in ("ORG", "GPE")
            and _ONLY_THE.match(text, opened + 1, named[0].start)
            and not text[named[0].end : close].strip()
        ):
            return [named[0]]  # "The bloc's mission, EULEX, said"
        if opened > 0 and close - opened <= 240:
            found = _head_before(text, mentions, opened)
            if (
                found >= 0
                and len(named) == 1
                and named[0].type == "PERSON"
                and not text[opened + 1 : close].replace(named[0].surface, "").strip()
                and _AT_POST.search(text, max(0, mentions[found].start - 5), mentions[found].start)
            ):
                # "Its envoy in Vienna, Mikhail Ulyanov, wrote": the place is where the post
                # is; the person named speaks, for whoever the title says.
                return [named[0]]
            if found >= 0 and not _IN_RELATIVE.search(text, 0, mentions[found].start):
                return _coordinated(text, mentions, found)
            # ("Taiwan, which occupies Itu Aba, the largest feature, rejected": the object of
            # a relative clause is no subject; the asides are walked back past it)
            # "France, the former colonial power, which keeps forces near the capital, said":
            # asides one after another, each opened by a comma, back to the subject.
            for _ in range(2):
                aside_at = text.rfind(",", 0, opened)
                if aside_at <= 0 or close - aside_at > 240:
                    break
                if not _ASIDE_OPEN.match(text, opened + 1):
                    break
                found = _head_before(text, mentions, aside_at)
                if found >= 0:
                    return _coordinated(text, mentions, found)
                opened = aside_at
        relative_at = _last_relative_open(text, max(0, close - 240), close)
        if relative_at > 0:
            found = _head_before(text, mentions, relative_at)
            if found >= 0 and not _IN_RELATIVE.search(text, 0, mentions[found].start):
                return _coordinated(text, mentions, found)
    clause_start = 0
    relative = False  # the clause is a relative one: "Her parents, who live in Poland, said"
    last_break: re.Match[str] | None = None
    for br in _CLAUSE_BREAK.finditer(text, 0, verb_start):
        clause_start = br.end()
        relative = br.group(0).strip(" ,").lower() in ("which", "who", "whom")
        last_break = br
    if (
        relative
        and last_break is not None
        and last_break.group(0).startswith(" ")
        and last_break.group(0).strip().lower() == "who"
        and (own := _OWN_VERB.match(text, last_break.end())) is not None
        and own.end() < verb_start
    ):
        # "a United Nations envoy who visited Chisinau in June told reporters": the relative
        # clause has its own verb, so the verb is the main clause's, whose subject stands
        # before "who"
        found = _head_before(text, mentions, last_break.start())
        if found >= 0:
            return _coordinated(text, mentions, found)
    nearest = -1
    for i, m in enumerate(mentions):
        if m.start >= clause_start and m.end <= verb_start:
            nearest = i
    if nearest < 0:
        if relative and last_break is not None:
            return _relative_antecedent(text, mentions, last_break, verb_start)
        return []
    if (
        mentions[nearest].type == "NORP"
        and nearest > 0
        and mentions[nearest - 1].type == "GPE"
        and _STATES_OWN.fullmatch(text, mentions[nearest - 1].end, mentions[nearest].start)
    ):
        # "The UN and Ecuador's Roman Catholic bishops said": a state's own people, in a list
        # led by the state's name
        nearest -= 1
    head = mentions[nearest]
    coordinated = _coordinated(text, mentions, nearest)  # (the answer, unless one below returns)
    first = coordinated[0]
    if _CIVIL_IN.search(text, max(0, first.start - 40), first.start):
        return []  # "Human rights groups in Kenya voiced concern": not Kenya's government
    if _PRONOUN_POSTED_TO.search(text, max(0, first.start - 60), first.start):
        return []  # "Its embassy in Nairobi said": the pronoun's, read from the sentences before
    gap = text[head.end : verb_start]
    if relative and gap.strip() == ",":
        return []  # "Her parents, who live in Poland, appealed": the place ends an aside
    placed = _PLACE_AFTER_ACT.search(text, max(0, head.start - 30), head.start)
    if placed is not None:
        # "EU finance ministers meeting in Vienna said": where they met names no one; the
        # noun phrase the participle follows is the subject ("its foreign ministers meeting
        # in Doha called on": an anaphor, no name)
        if gap.strip() and not _TIME_GAP.fullmatch(gap):
            return []
        found = _head_before(text, mentions, placed.start())
        return _coordinated(text, mentions, found) if found >= 0 else []
    if (
        gap.strip() == ","
        or _TIME_GAP.fullmatch(gap)
        or _MEMBERS_GAP.fullmatch(gap)
        or (len(coordinated) >= 2 and _AND_OTHER_MEMBERS.fullmatch(gap))
    ):
        # "The bloc's mission, EULEX, said"; "The Council on Wednesday demanded"; "The Group
        # of Seven industrialised nations on Sunday condemned"
        gap = " "
    if _TEXT_SENT_OUT.fullmatch(gap):
        gap = " "  # "A PLO statement broadcast on its radio said": the body's own text
    titled = title_gap(gap)  # "X's ministry of foreign affairs said"
    if not titled and (len(gap.split()) > _MAX_GAP_WORDS or _GAP_BLOCKERS.search(gap)):
        return []
    if nearest > 0:
        prev = mentions[nearest - 1]
        if (
            prev.type in ("ORG", "GPE", "NORP")
            and _POSTED_IN.match(text[prev.end : head.start])
            and not _FROM_BEFORE.search(text, 0, prev.start)  # ("from Canberra to Washington")
        ):
            return _coordinated(text, mentions, nearest - 1)
    if head.type == "LOC":
        # A region names no speaker; "Chile, Peru and other Latin American governments" does.
        if nearest > 0 and _AND_OTHERS.match(text[mentions[nearest - 1].end : head.start]):
            return _coordinated(text, mentions, nearest - 1)
        return []
    return coordinated


# Only adverbs and auxiliaries between a relative pronoun and its verb: "who later told".
_RELATIVE_TO_VERB = re.compile(
    r"\s*(?:(?:has|have|had|also|later|then|again|afterwards|\w+ly)\s+)*", re.IGNORECASE
)


def _relative_antecedent(
    text: str, mentions: Sequence[Mention], relative: re.Match[str], verb_start: int
) -> list[Mention]:
    """The people a "who" clause opening on the verb is about ("He met Finance Minister X,
    who told reporters ...", "a statement by A, B and C, who said ..."): those named right
    before ", who" speak; [] when the clause holds more than the verb, or for "which" (a
    body or state there is often the object of another's act: "support for Britain, which
    blames Moscow")."""
    if relative.group(0).strip(" ,").lower() != "who" or not text.startswith(",", relative.start()):
        return []
    if not _RELATIVE_TO_VERB.fullmatch(text, relative.end(), verb_start):
        return []
    before = [i for i, m in enumerate(mentions) if m.end == relative.start()]
    if not before or mentions[before[0]].type != "PERSON":
        return []
    return [m for m in _coordinated(text, mentions, before[0]) if m.type == "PERSON"]


# A relative clause's own finite verb, right after "who": "who visited", "who has worked".
_OWN_VERB = re.compile(
    r"(?:(?:has|had|have)\s+(?:\w+ly\s+)?)?(?:[a-z]{2,}ed|"
    + alternation(IRREGULAR_PAST)
    + r")\b(?=[^,;:]*\s\S)"
)
# A relative clause on some of a party's own, opening an aside: ", both of which had sent
# observers,", ", several of whose citizens were aboard," (shared with `acts`).
SOME_OF_WHICH = (
    r"(?:both|all|each|several|some|many|most|none|two|three)\s+of\s+(?:which|whom|whose)"
)
# What may open an aside between a subject and its verb.
_ASIDE_OPEN = re.compile(
    r"\s*(?:the|a|an|which|who|whose|where|its|his|her|their|one|long|once|itself|also|home|"
    + SOME_OF_WHICH
    + r")\b",
    re.IGNORECASE,
)
# A place after a verb of meeting or speaking: "ministers meeting in Doha", "speaking at the UN".
_PLACE_AFTER_ACT = re.compile(r"\b[a-z]+(?:ing|ed)\s+(?:in|at)\s+(?:the\s+)?$")


def _clause_subject(text: str, mentions: Sequence[Mention], clause_start: int) -> list[Mention]:
    """The mention opening the clause at `clause_start` ("The U.S. ambassador ... and said")."""
    for i, m in enumerate(mentions):
        if m.start < clause_start:
            continue
        if _opens_clause(text[clause_start : m.start]) and m.type != "LOC":
            group = [m]
            for nxt in mentions[i + 1 :]:  # "The ministers of Estonia, Latvia and Lithuania"
                if not listed_together(text, group[-1], nxt):
                    break
                group.append(nxt)
            return group
        return []
    return []


# An item of a list that names no party: ", the Gulf states, ".
_UNNAMED_ITEM = re.compile(r",\s+(?:the\s+)?(?:[\w-]+\s+){0,2}[\w-]+,\s+(?:and\s+)?(?:the\s+)?")


def _subject_after(text: str, mentions: Sequence[Mention], pos: int) -> list[Mention]:
    """The first entity after `pos` when only title words come between ('said the EU'), or
    the body a spokesperson speaks for ('said a spokesman for the Chinese foreign ministry')."""
    for m in mentions:
        if m.start < pos:
            continue
        gap = text[pos : m.start]
        if (
            (len(gap.split()) <= 4 and not _GAP_BLOCKERS.search(gap))
            or _VOICE_FOR.fullmatch(gap)
            or (m.type == "PERSON" and _OFFICE_AFTER_VERB.fullmatch(gap))
        ):
            group = [m]
            for nxt in mentions:
                if nxt.type == "LOC":
                    continue  # a region names no party ("the Gulf states"): an unnamed item
                between = text[group[-1].end : nxt.start]
                if nxt.start > group[-1].end and (
                    listed_together(text, group[-1], nxt) or _UNNAMED_ITEM.fullmatch(between)
                ):
                    group.append(nxt)  # ("the United States, the Gulf states, China and ...")
            if (
                len(group) == 2
                and text[group[0].end : group[1].start].strip() == ","
                and text[group[1].end : group[1].end + 2] in ("'s", "’s")
            ):
                return [group[1]]  # "the North Atlantic Council, NATO's main body,": NATO
            return group
        return []
    return []


# A clause set before the subject telling whom the subject met or spoke with: "After meeting
# X,", "Following talks with X,", "Speaking alongside X,", "After a call with X,".
_FRONTED_WITH = re.compile(
    r"^\s*(?:after|before|following|during|speaking|standing|appearing)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:meeting|met|with|alongside|beside|hosting|visiting|receiving|calling)\s+[^,;:\"“”]{2,90},\s+",
    re.IGNORECASE,
)
