"""Acts told as reactions: `acting_subject` finds the parties a sentence opens on acting ("Hong
Kong restricted imports"), and `says_nothing` tells a sentence that reports no words. The many
shapes of an acting subject (counted members, asides, datelines, modals) live here with it."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from briefer.analysis import gazetteer
from briefer.analysis.affiliation import is_title_gap
from briefer.analysis.model import Mention
from briefer.analysis.names.shapes import POSSESSIVE_GAPS
from briefer.analysis.owners import by_surname, is_state, party_of
from briefer.analysis.prefilter import sieve_of
from briefer.analysis.reactions.coordination import (
    _COORDINATION,
    _TITLED_AND,
    _titled_and,
    _titled_people,
)
from briefer.analysis.reactions.cues import _FIRST_TO, _NO_COMMENT, _SAID_NOTHING
from briefer.analysis.reactions.subjects import SOME_OF_WHICH, _opens_clause
from briefer.analysis.reactions.titles import office_between
from briefer.analysis.verbs import IRREGULAR_PAST, PERCEIVE, RESPONSE_ACTS, alternation

# An item of a list that counts members without naming them: ", more than a dozen European
# Union countries, ".
_COUNTED_ITEM = re.compile(
    r",\s+(?:(?:more|fewer)\s+than\s+|nearly\s+|about\s+|some\s+|at\s+least\s+|over\s+)?"
    r"(?:a\s+dozen|dozens\s+of|several|other|\d+|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|twenty)\s+(?:other\s+)?(?:of\s+the\s+)?",
    re.IGNORECASE,
)
_MEMBERS_OF_ITEM = re.compile(
    r"(?:\s+member)?\s+(?:countries|states|members|governments|nations|capitals)\b"
)
_FIRST_TO_ACT = re.compile(
    _FIRST_TO.pattern.removesuffix(r"to\s+$") + r"to\s+[a-z]|"
    # "were among the other EU members to announce expulsions"
    r"\s+(?:was|were|is|are)\s+(?:also\s+)?among\s+(?:the\s+)?(?:other\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:members|countries|states|governments|nations|allies)\s+to\s+[a-z]|"
    # among those at the ceremony: "was among the few Arab heads of state who attended",
    # "were among the Asian leaders present"
    r"\s+(?:was|were)\s+(?:also\s+)?among\s+(?:the\s+|those\s+)?(?:[\w-]+\s+){0,6}?"
    r"(?:who\s+(?:attended|came|travell?ed|flew)|present|attending|in\s+attendance|seated)\b",
    re.IGNORECASE,
)


# The people a party sends to help, in the plural ("Greek rescuers", "Divers from Britain"): one
# list for the subject's tail, the people sent from a party and a second team joined to them.
_SENT_HELPERS = frozenset(
    [
        "agents",
        "crews",
        "divers",
        "doctors",
        "engineers",
        "firefighters",
        "medics",
        "rescuers",
        "specialists",
        "teams",
        "volunteers",
        "workers",
    ]
)
_SENT_HELPERS_ALTERNATION = alternation(_SENT_HELPERS)

# The words that may follow a party in its own noun phrase: "'s foreign ministry", " Embassy".
_SUBJECT_TAIL = (
    # ("The Philippines' foreign ministry": a name ending in s takes the bare apostrophe)
    r"(?:'s|’s|(?<=s)['’])?(?:\s+[A-Z][\w-]*|\s+of\s+the(?=\s+[A-Z])|\s+(?:foreign|defence|defense|trade|navy|air|armed|prime|"
    r"president|vice-president|deputy|premier|chancellor|secretary|envoy|ambassador|chief|head|"
    # the party's go-between: "The French mediator travelled between the capitals"
    r"envoys|mediators?|negotiators?|emissary|emissaries|representatives?|"
    r"coast|guard|emir|king|"
    r"special|search|rescue|relief|medical|emergency|"
    # ("The Reagan administration has rushed military aid": the leader's government)
    r"forces|ministers?|ministry|officials?|leaders?|governments?|administration|troops|"
    r"diplomats|embassy|"
    # ("The Chinese consulate-general in Auckland has sent staff")
    r"embassies|consulate(?:-general)?|"
    r"spokesperson|spokesman|spokeswoman|warships?|ships|vessels|jets|fighters?|aircraft|"
    r"planes|drones|police|officers|soldiers|units|and|"
    # "The EU's border mission", "the UN refugee agency", "a Greek frigate"
    r"secretary-general|agency|mission|office|delegation|team|staff|monitors|observers|"
    r"peacekeepers|peacekeeping|inspectors|experts|refugee|humanitarian|human|rights|aid|"
    r"border|frigates?|destroyers?|submarines?|helicopters?|convoys?|ship|vessel|plane|jet|"
    r"drone|military|transport|cargo|naval|coast|carriers?|trucks|lorries|of\s+staff|"
    # the help a party sends: "a Chinese hospital ship", "Greek rescuers", "Cuban doctors"
    r"hospital|nurses|" + _SENT_HELPERS_ALTERNATION + "|"
    # ("Two Greek firefighting planes joined", "A Japanese search-and-rescue team arrived")
    r"firefighting|surveillance|patrol|search-and-rescue|"
    # a body's own organs: "ICAO's council agreed", "NATO's members", "the bloc's chair"
    r"council|board|secretariat|commission|committee|panel|members?|member\s+states|"
    r"presidency|chair|chairman|chairwoman|parliament|legislature|"
    # a state's own services and units: "Austria's state railways cancelled", "Sweden's central
    # bank raised", "An Israeli army field hospital", "A NATO air bridge has carried", "Soviet
    # airborne divisions", "The ASEAN humanitarian coordination centre has deployed" (an army
    # only as the unit it sends: "Serbia's army moved" is a side's deed, read elsewhere)
    r"state|national|federal|railways?|airlines?|airways|central\s+bank|bank|army(?=\s+(?:field|hospital|convoys?|trucks|engineers|medics|doctors|teams?|units?|helicopters?|planes?)\b)|airborne|divisions?|battalions?|brigades?|regiments?|fleet|bridge|field|disaster|assessment|coordination|centre|center|coalition|fire|service|civil|protection|intelligence)"
    r"(?:'s|’s)?|"  # "the French navy's frigate"
    # what a party leads, unnamed: "U.S.-led coalition aircraft carried out strikes"
    r"-(?:led|backed)(?=\s+(?:coalition|forces?|troops|mission|operation|aircraft|jets|"
    r"warships|naval|peacekeeping|multinational)\b)|"
    # a body's own organ with a qualifier: "the European Community's monetary committee met"
    r"\s+[a-z][\w-]*(?=\s+(?:committee|council|board|commission|panel|secretariat)\b)|"
    # the body a team comes from: "A German team from the federal relief agency THW joined"
    r"(?:(?<=team)|(?<=teams)|(?<=contingent)|(?<=unit)|(?<=units)|(?<=convoy))\s+from\s+"
    r"(?:the\s+)?(?:[a-z][\w-]*\s+){0,4}?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}|"
    r"\s+(?:to|in|at|for)(?=\s+(?:the\s+)?[A-Z])|"
    # where the subject's people gathered: "EU leaders meeting in Brussels pledged"
    r"\s+[a-z]+ing(?=\s+(?:in|at)\s+(?:the\s+)?[A-Z])){0,6}"
)
# The plural nouns of the subject's tail, which end like a verb ("peacekeepers", "troops").
_TAIL_NOUNS = _SENT_HELPERS | frozenset(
    [
        "airlines",
        "airways",
        "battalions",
        "brigades",
        "divisions",
        "railways",
        "regiments",
        "carriers",
        "convoys",
        "destroyers",
        "nurses",
        "diplomats",
        "drones",
        "embassies",
        "experts",
        "fighters",
        "forces",
        "frigates",
        "governments",
        "helicopters",
        "inspectors",
        "jets",
        "leaders",
        "members",
        "ministers",
        "monitors",
        "observers",
        "officers",
        "officials",
        "peacekeepers",
        "planes",
        "ships",
        "soldiers",
        "submarines",
        "troops",
        "trucks",
        "lorries",
        "units",
        "vessels",
        "warships",
    ]
)
_AFTER_SUBJECT = re.compile(
    _SUBJECT_TAIL
    # "France's foreign minister, Catherine Colonna, has arrived": a named appositive
    + r"(?:,\s+(?-i:[A-Z])[\w'’.-]*(?:\s+(?:(?-i:[A-Z])|al-|el-|bin\s|ibn\s|de\s|da\s|van\s|von\s)"
    r"[\w'’.-]*){0,5},"
    # and an aside on that person: ", herself a former president of Chile,"
    r"(?:\s+(?:herself|himself|themselves|a|an|the)\s[^,;\"“”]{1,80},)?)?"
    # a time between subject and verb: "Canada and Ukraine on Monday ordered"
    r"(?:\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
    r"(?:late\s+|early\s+)?(?:yesterday|today|earlier|later|last\s+(?:week|month|night))|"
    r"on\s+\d{1,2}\s+(?-i:[A-Z])[a-z]+|on\s+(?-i:[A-Z])[a-z]+\.?\s+\d{1,2})"
    r"(?:\s+(?:morning|afternoon|evening|night))?)?"
    # ("Britain, Italy and France all sent reinforcements": the list acting together)
    r"\s+(?:also\s+|again\s+|each\s+|both\s+|all\s+|jointly\s+|together\s+|\w+ly\s+)?"
    r"(?:(?:has|have|had)\s+[a-z]+|was|were|is|are|(?!news\b)[a-z]+(?:ed|s|t|d)|"
    + alternation(IRREGULAR_PAST)
    + r")\b"
)
# The subject's own noun after its party, without the verb: " embassy", "'s foreign ministry".
_OWN_NOUN = re.compile(_SUBJECT_TAIL)
# A pledge of help or money told in the future: "Japan will provide $4 billion", "Sweden will
# also second staff to his office", "The World Bank and the ADB together will lend $2.7 billion":
# a promise made now is the party's act, unlike a meeting or a plan still to come.
_PLEDGE = re.compile(
    r"\s+(?:also\s+|each\s+|together\s+|jointly\s+)?will\s+(?:also\s+|each\s+|together\s+|"
    r"jointly\s+)?(?:provide|lend|contribute|donate|grant|second|supply|fund|finance|pay|airlift|"
    r"send|give|deploy|dispatch)\b",
    re.IGNORECASE,
)
_STATE_OF_BEING = re.compile(
    # ("Djibouti also has an unresolved dispute of its own": a state, whatever adverb leads)
    r"(?:'s|’s)?\s+(?:also\s+|still\s+|too\s+|itself\s+)?"
    r"(?:(?:is|are|was|were)\s+(?:also\s+|still\s+|themselves\s+|itself\s+)?"
    # ("The United States is not a member", "The EU is where the divisions show": what it is)
    r"(?:not\s+(?:a|an|one|among|part|party)\b|where\b|"
    r"a|an|the|one|among|home|under|"  # ("The agency is under intense scrutiny")
    r"part|\w+['’]s)\b|"
    # ("... has been under pressure"; but "France has been the most supportive of Algiers" is
    # its line told whole, a reaction)
    r"(?:has|have|had)\s+been\s+(?:also\s+|still\s+)?(?:a|an|one|among|home|under|part)\b|"
    # what is done to it, however negated: "Britain had not been consulted"
    r"(?:has|have|had)\s+(?:not|never)\s+been\s+(?:\w+ly\s+)?[a-z]+ed\b|"
    # "Washington has until the end of January to file", "The UN remains of limited use"
    r"(?:has|have)\s+until\b|(?:remains|remained)\s+(?:of|a|an|the|under)\b|"
    r"(?:ran|run|runs)\s+(?:out|short|low)\b|"
    r"(?:has|have|had)\s+(?:a|an|the|no|some|many|few|several|long|close|strong|military|"
    r"troops|bases|ties|interests|about|around|roughly|nearly|over|more\s+than|up\s+to|\d)\b|"
    # what a party is, has or becomes, not what it does: "Iran shares a border with both"
    r"(?:\w+ly\s+)?(?:(?:has|have|had)\s+become|became|becomes|shares|borders|hosts|lies|owns|"
    r"depends|relies|imports|exports|neighbou?rs|houses|accounts\s+for|"
    # what it does as a habit, in the present: "Russia sells weapons to both", "The EU buys
    # 60% of its exports", "The United States keeps its Fifth Fleet in Bahrain"
    r"sells|buys|keeps|maintains|stations|supplies)\b)",
    re.IGNORECASE,
)
_FORWARD = re.compile(
    # (",": "The Union of South American Nations, Unasur, is due to meet"; a plural's bare
    # apostrophe: "The Organization of American States' council is to hold a session")
    r"(?:'s|’s|'|’)?,?(?:\s+[\w-]+){0,4}?\s+(?:(?:is|are|was|were|(?:has|have|had)\s+been)\s+"
    r"(?:\w+ly\s+)?(?:due|expected|set|"
    r"scheduled|slated|likely|unlikely|poised|planning|going)\s+to|will|plans?\s+to|intends?\s+to|"
    # "EU foreign ministers are to discuss a visa ban on Monday" (not "was to meet": a plan
    # told in the past is as often the news's own, "Shultz was to meet Shamir on Friday")
    r"(?:is|are)\s+to\s+(?!be\s+[a-z]+ed\b)[a-z]+|"
    # a meeting told in the present is its schedule: "NATO defence ministers meet in Brussels
    # in mid-October", "EU leaders meet in Copenhagen on Wednesday"
    r"(?:meet|meets|convene|convenes)\s+(?:again\s+)?(?:in|on|at|next|later|tomorrow)\b)\b",
    re.IGNORECASE,
)
# A phrase of time, place or circumstance opening a sentence before its subject: "At an emergency
# summit in Abuja on Sunday, ...", "Outside the EU, ...".
_INTRO_PHRASE = re.compile(
    # a date without a comma first: "On 8 July the Council met, at the request of ...", "In
    # June 2022 France put forward"
    r"^(?:On|In|By|Since)\s+(?:(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December)(?:\s+\d{1,2})?(?:,?\s+\d{4})?|\d{4}|"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|"
    r"evening|night))?)\s+(?=(?:the\s+)?[A-Z]|the\s+[a-z]|(?:some|about|around|nearly|more\s+than|at\s+least)"
    r"\s+\d)|"
    r"^(?:[A-Z]\w+ly|(?:At|In|On|Outside|After|Following|During|Within|Beyond|Amid|Despite|"
    r"Before|Across|Elsewhere|Meanwhile|Separately|Earlier|Later|By\s+contrast|For\s+its\s+part|"
    # ("Through the Mechanism, Spain is deploying a team", "Upon request, ...")
    r"Through|Via|Upon|"
    # a participle's clause: "Meeting in emergency session, the Council adopted ..."
    # ("Neighbouring Iran, which ...,": an adjective before the subject, no clause)
    r"(?-i:[A-Z])[a-z]+ing(?=\s+(?-i:[a-z])))"
    r"\b[^,;:\"“”]{0,100}),\s+|"
    # a conjunction or a time without a comma: "But France has also reinforced ...", "This
    # time Washington voted in favour.", "Two days later the United States vetoed ...", "Over
    # the winter the EU and the United States froze ..."
    r"^(?:But|And|Yet|Still|Then|Later|Earlier|This\s+time|That\s+(?:day|night|evening|week)|"
    r"(?:A|One|Two|Three|Four|Five|Six|Several|Some)\s+(?:hours?|days?|weeks?|months?)\s+later|"
    r"Over\s+the\s+(?:winter|summer|spring|autumn|weekend|following\s+(?:days|weeks|months)))"
    r"\s+(?=(?:the\s+)?(?-i:[A-Z]))"
)
# What a territory's own authorities do: "Hong Kong issued a red alert against travel to Korea",
# "American Samoa, the U.S. territory next door, declared its own emergency".
_TERRITORY_ACT = re.compile(
    r"(?:,[^,;]{1,60},)?\s+(?:also\s+|\w+ly\s+)?(?:(?:has|have|had)\s+)?(?:issued|declared|advised|"
    r"required|ordered|introduced|tightened)\b"
)
_RESPONSE_ACT = re.compile(
    r"\s+(?:also\s+|\w+ly\s+)?(?:(?:has|have|had)\s+)?" + alternation(RESPONSE_ACTS) + r"\b",
    re.IGNORECASE,
)
# "PORT-AU-PRINCE, June 25, 2024 (Caribbean Wire) — ", "Abuja, 31 July 2023 — "
_DATELINE = re.compile(
    r"^(?:[A-Z][\w .'’-]{1,40},\s[^—–]{1,60}?|\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?|"
    r"[A-Z][a-z]+\s+\d{1,2}(?:,\s+\d{4})?)\s(?:[—–]|--?)\s+|"
    # a timeline's entry: "13 September: Turkey sends drones"
    r"^(?:\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?|[A-Z][a-z]+\s+\d{1,2}(?:,\s+\d{4})?):\s+"
)
_PARTICIPLE = re.compile(
    r"\s+(?:\w+ly\s+)?(?:[a-z]+ed|caught|given|taken|told|shown|seen|held|left|kept|made|found|"
    r"hit|struck|forced|thrown|driven|drawn|beaten|shaken|known|thought)\b"
)
_INACTION = re.compile(
    r"\s*(?:(?:has|have|had)\s+)?(?:(?:\w+ly|so\s+far|thus\s+far|also|still)\s+)*(?:(?:stayed|remained|kept|stays|remains|"
    r"keeps)\s+(?:\w+ly\s+)?(?:out|silent|quiet|neutral|away|aloof|tight-lipped)|"
    r"(?:been|was|were|is|are)\s+(?:\w+ly\s+)?(?:silent|quiet|tight-lipped)|"
    r"(?:idly\s+)?by\s+(?:as|while))\b",
    re.IGNORECASE,
)
_STAYS = re.compile(r"\b(?:remains?|remained|stays?|stayed)$", re.IGNORECASE)
_WHERE_AFTER = re.compile(r"\s+(?:in|at)\s+")
_MEMBERS_LISTED = re.compile(
    r"(?:[^,;:\"“”]{1,60}?),\s+(?:including|among\s+them|such\s+as|notably)\s+"
    r"(?P<members>[^;:\"“”]{1,120}?),\s+(?:\w+ly\s+)?(?:are|were|is|was|have|has|had|[a-z]+ed)\b"
)
# The bodies a list counts before naming some: "Several airlines, including ...".
_BODIES_HEAD = re.compile(
    r"\b(?:airlines|carriers|companies|firms|organi[sz]ations|agencies|charities|groups|banks|"
    r"lenders|insurers|shipping\s+lines|shippers|operators)\s*,",
    re.IGNORECASE,
)
_QUANTITY_OPENING = re.compile(
    r"\s*(?:some\s+|about\s+|around\s+|nearly\s+|more\s+than\s+|at\s+least\s+)?"
    # ("A team of Greek rescuers arrived": a body of a state's people, counted as one)
    r"(?:a\s+(?:team|contingent|unit|convoy|fleet|squadron|delegation)\s+of"
    # ("A contingent of 39 American and Canadian firefighters landed": the body counted too)
    r"(?:\s+(?:some\s+|about\s+|around\s+|nearly\s+|more\s+than\s+)?\d[\d,]*)?|"
    # ("A 31-member Japanese rescue team has landed": the body counted by its members)
    r"a\s+\d+-(?:member|strong|person|man)|"
    r"\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|twelve|several|dozens\s+of|"
    r"hundreds\s+of|thousands\s+of)\s+",
    re.IGNORECASE,
)
# What a body sends, counted after its name: "140 UN trucks", "two NATO warships".
_COUNTED_OF_BODY = re.compile(r"\s+(?:[a-z-]+\s+)?(?:" + "|".join(sorted(_TAIL_NOUNS)) + r")\b")
_PEOPLE_OF = re.compile(
    r"\s*(?:(?:some|about|around|\d[\d,]*|several|hundreds\s+of|dozens\s+of)\s+)?"
    # a body of envoys a party sends: "A delegation of the European Parliament arrived", "A
    # fact-finding mission from the OSCE toured", "A troika of the foreign ministers of X, Y
    # and Z travelled" (the party, or the members it names, act)
    r"(?:(?:a|an|the)\s+(?:(?:joint|high-level|fact-finding|ministerial|parliamentary|special|"
    r"senior|small)\s+)?(?:delegation|mission|troika|team)\s+(?:of|from)\s+(?:the\s+)?"
    r"(?:(?:[a-z-]+\s+){0,2}?(?:ministers|envoys|diplomats|officials|experts|ambassadors|"
    r"representatives|parliamentarians|lawmakers|legislators|inspectors|observers)\s+"
    r"(?:from|of)\s+(?:the\s+)?)?|"
    # what is sent to help: "Rescue teams from Greece and Israel arrived", "Aid flights from
    # the UAE landed", "Air bridges from Kuwait and Qatar carried field hospitals"
    # ("Agents from the FBI were flying in", "Specialist divers from Britain joined")
    r"(?:(?:rescue|search|aid|relief|medical|humanitarian|emergency|air|cargo|specialist|"
    r"specialised|specialized|expert|trained)\s+)?"
    r"(?:troops|forces|soldiers|peacekeepers|monitors|observers|inspectors|experts|police|"
    r"officers|warships|ships|vessels|jets|aircraft|envoys|diplomats|officials|staff|members|"
    r"representatives|flights|planes|convoys|trucks|bridges|investigators|paramedics|"
    # ("A rescue unit of the Greek fire service")
    r"unit|team|contingent|detachment|squad|" + _SENT_HELPERS_ALTERNATION + r")\s+"
    r"(?:from|of)\s+(?:the\s+)?)",
    re.IGNORECASE,
)
# A second body of helpers joined to the first: "Divers from Britain and a team of United
# States Air Force rescuers joined", "Troops from Chad and engineers from Niger arrived".
_SECOND_TEAM = re.compile(
    r"\s*,?\s+and\s+(?:(?:a|an|the)\s+(?:team|contingent|unit|group|squad|convoy)\s+of\s+"
    r"(?:\d[\d,]*\s+)?|(?:[a-z]+\s+)?(?:troops|soldiers|experts|investigators|"
    + _SENT_HELPERS_ALTERNATION
    + r")\s+from\s+(?:the\s+)?)",
    re.IGNORECASE,
)
_LED_LABEL = re.compile(r"-(?:led|backed|sponsored)\s+(?:the\s+)?")
# A party described by another's noun: ", Azerbaijan's closest ally,", ", Turkey's long-time
# rival,": an apposition telling who the party before is, not another party of a list.
_POSSESSIVE_ASIDE = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,4}?[a-z][\w-]*\s*,")
_ASIDE_AFTER = re.compile(
    r",\s+(?:(?:which|who|whose|the|a|an|on|under|at|after|following|despite|with)\b"
    r"(?:[^,;]|(?<=\d),(?=\d))*|"  # ("which has 1,000 troops there": a number's comma)
    r"(?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*){0,3}['’]s\s+[^,;\"“”]*|"
    # a participle's aside: ", caught between its two neighbours,", ", citing security,"
    r"(?:\w+ly\s+)?(?:(?-i:[a-z])+(?:ed|en|ing)|caught|torn|stung|hit|split|struck|flown|brought|"
    r"bound)\s[^,;\"“”]*|"
    r"for\s+(?:its|their|his|her)\s+part|in\s+turn|"
    r"too|meanwhile|however|in\s+response|in\s+return|though|instead|by\s+contrast|"
    # what the party is or where it stands, told between commas: ", home to 2 million Turks,",
    # ", once a close ally of Damascus,", ", wary of Catalonia,", ", of which Turkey is a
    # member,", ", itself shaken by the earthquake,", ", one of its largest donors,"
    r"(?:home\s+to|once|still|itself|themselves|long|wary|mindful|fearful|keen|eager|anxious|"
    r"reluctant|one\s+of|among|of\s+which|of\s+whom|in\s+which|where|like|unlike|"
    # ", both under military rule,", ", not yet independent,"; a relative clause on some of the
    # party's own: ", several of whose citizens were aboard,"
    r"both|not\s+yet|" + SOME_OF_WHICH + r"|"
    r"also|already|now|then|locked|known\s+as)\b[^,;\"“”]*)\s*,"
)
# A second aside after the first: "Japan, which lost nine citizens, the largest toll of any
# country, sent a plane".
# ("Indonesia, where a 737 MAX crashed in October, killing 189 people, grounded its fleet": a
# participle's clause closing the first)
_NEXT_ASIDE = re.compile(r"\s+(?:the|a|an|(?-i:[a-z]+ing))\s+[^,;\"“”]{1,60},")
# What follows a name set off by ", the" when it is an apposition ("American Samoa, the U.S.
# territory next door, declared"), not the next item of a list ("France, the UK and Italy"):
# a noun in lower case, up to the apposition's closing comma.
_APPOSED_NOUN = re.compile(r"(?:['’]s)?\s+(?!(?:and|or|nor|as\s+well\s+as)\b)[a-z][^,;\"“”]{0,60},")
# Unnamed on purpose: what such a person says speaks for nobody the text names.
ANONYMITY = re.compile(
    r"\b(?:asked\s+not\s+to\s+be\s+(?:named|identified)|on\s+condition\s+of\s+anonymity|"
    r"declined\s+to\s+be\s+(?:named|identified))\b",
    re.IGNORECASE,
)


# A sentence that names a party but says nothing of its position, only that it spoke or
# differed ("Moscow took a different view.", "The United States also weighed in.", "Washington
# was just as quick.", "North Korea broke its silence on the crisis."): the sentence after it
# carries the reaction. Adjuncts may follow; a clause with content ("to condemn", ", urging",
# "that") may not. ("struck a different note" was tried too and left a reaction: it cost a
# held-out set one true reaction.)
_SAYS_NOTHING = re.compile(
    r"^[^,;:\"“”]{2,60}?\s(?:also\s+|too\s+|\w+ly\s+)?(?:"
    r"(?:took|takes|take|has\s+taken|have\s+taken)\s+(?:a|an|the)\s+(?:very\s+|rather\s+|quite\s+)?"
    r"(?:different|opposite|contrary|another|other|separate)\s+(?:view|line|position|stance|"
    r"approach|tack)|"
    r"(?:weighed|weighs|has\s+weighed|have\s+weighed)\s+in|"
    r"(?:was|were|is|are)\s+(?:just\s+|equally\s+|no\s+less\s+)?as\s+(?:quick|swift|fast|"
    r"prompt|vocal)|"
    r"(?:broke|breaks|has\s+broken|have\s+broken)\s+(?:its|their|his|her)\s+silence|"
    # "Moscow went further.": what it did, the next sentence says
    r"(?:went|goes|go|has\s+gone|have\s+gone)\s+(?:even\s+|much\s+|still\s+)?further|"
    # how soon it answered, not what: "Pakistan's reaction came quickly.", "Lisbon reacted
    # within hours.", "The Commonwealth moved first."
    r"(?:reaction|response)\s+(?:came|was|has\s+been)\s+(?:\w+\s+)?(?:quick|swift|immediate|"
    r"prompt|rapid|fast)(?:ly)?|"
    r"(?:reacted|responded|has\s+reacted|has\s+responded)\s+(?:within|quickly|swiftly|"
    r"immediately|promptly|rapidly|fast|at\s+once)|"
    r"(?:moved|acted|has\s+moved|has\s+acted)\s+first(?:\s+and\s+(?:fastest|furthest|hardest))?|"
    # its rank among those who answered, with no object: "Egypt was the first country to
    # react.", "Australia was the first to respond." ("the first to answer Bogota's request"
    # and "the first to recognise" tell what it did; not "Kuwait was among the first to
    # respond.": dev6's gold lists it as a reaction, though one entry of D does not)
    r"(?:was|were|has\s+been|have\s+been)\s+(?:the\s+)?first(?:\s+[\w-]+){0,2}?"
    r"\s+to\s+(?:react|respond|answer|speak)(?=\s*[.!]?\s*$|\s+(?:on|within|in|at|after)\b)|"
    # where the words came from, not what they were: "The clearest statement came from Paris."
    # (a superlative: "The words came from X" points back to a quotation; "the sharpest words"
    # tell their stance)
    r"(?!(?:sharp|harsh|strong|blunt|angri|fierce|bitter|tough|loud|warm)est\b)"
    r"(?:most\s+[\w-]+|[\w-]+est)\s+(?:new\s+|official\s+|public\s+)?(?:reaction|response|"
    r"statement|words|comments?|remarks)\s+(?:came|has\s+come)\s+from|"
    # that it spoke, not what it said: "The African Union has spoken.", "SADC spoke in its
    # collective name."
    r"(?:has|have)\s+spoken(?=\s*[.!]?\s*$)|"
    r"spoke\s+in\s+(?:its|their)\s+(?:own\s+|collective\s+)?name)"
    r"(?P<rest>(?:\s+[\w'’-]+){0,8})\s*[.!]?\s*$",
    re.IGNORECASE,
)
_CONTENT_WORDS = frozenset(
    [
        "to",
        "that",
        "saying",
        "calling",
        "urging",
        "warning",
        "with",
        "against",
        "by",
        "and",
        "but",
        "as",
        "than",
    ]
)


# A refusal to comment and nothing more ("FIFA declined to comment.", "The British government
# declined to comment on the intelligence aspects of the affair."): no position, so no reaction
# (the gold conventions, settled in session 15). A topic told with content ("on what it called
# an internal matter", "on reports that ...") or a statement beside it stays a reaction.
# Silence told as such is the same ("Russia stayed silent on Friday.", "Spain has said nothing
# in public about the protests.", "The OAS has not discussed the coup."), and so is "made no
# comment" (the conventions name it), or state media that "carried the news without comment".
# ("said it had no comment on the accord" was tried too: it cost as many true reactions on the
# development sets as false ones it dropped.)
_BARE_DECLINE = re.compile(
    r"^(?P<subject>[^;:\"“”]{2,200}?)\s+(?:(?:has\s+|had\s+|have\s+)?declined\s+to\s+"
    r"(?:comment|respond|react|speculate)(?:\s+(?:publicly|officially|immediately|further))?|"
    r"(?:stayed|stays|remained|remains|kept|has\s+(?:stayed|remained|kept)|"
    r"have\s+(?:stayed|remained|kept))\s+(?:publicly\s+)?(?:silent|quiet)|"
    r"(?:has|have)\s+(?:so\s+far\s+)?said\s+(?:nothing|little)(?:\s+(?:in\s+public|publicly|"
    r"officially))?|"
    r"(?:has|have)\s+not\s+(?:yet\s+)?(?:commented|reacted|responded|"
    r"discussed\s+(?:the|it|this)(?:\s+\w+)?)|"
    # "made no comment" (the gold conventions name it beside "declined to comment"), and
    # state media told to have carried the news "without comment"
    r"(?:has\s+|had\s+|have\s+)?made\s+no\s+(?:immediate\s+|public\s+|official\s+|formal\s+)?"
    r"(?:comment|statement)(?:\s+of\s+(?:its|their|his|her)\s+own)?|"
    r"(?:carried|printed|reported|published|has\s+printed|has\s+carried)\s+(?:[\w'’-]+\s+){1,6}?"
    r"without\s+comment)"
    r"(?:\s+during\s+the\s+[a-z]+)?"  # (and when: "during the period")
    r"(?:\s+(?:on|about)\s+(?P<topic>[^,;:\"“”]{1,100}?))?\s*[.!]?\s*$"
)
# (a statement beside the refusal, in the subject's words or in the topic's: not bare)
_SPOKE_BESIDE = re.compile(r"\b(?:said|says|told|added|urged|called|calling|saying|but)\b")
_TOPIC_WITH_CONTENT = re.compile(
    r"\b(?:that|what|whether|which|who|reports?|allegations?|claims?|accusations?)\b"
)


def declines_only(text: str) -> bool:
    """Whether the sentence is a refusal to comment and nothing more (`_BARE_DECLINE`): the
    party answered, so it speaks in the story (a principal's refusal is a development), but
    its position is not told, so the briefing lists no reaction for it."""
    # (a cheap gate: every shape holds one of these words)
    gate = "declined to" in text or "silent" in text or "quiet" in text
    gate = gate or "s not " in text or "e not " in text or "said nothing" in text
    gate = gate or "said little" in text or "made no" in text or "without comment" in text
    bare = _BARE_DECLINE.match(text.strip()) if gate else None
    subject = bare.group("subject") if bare is not None else ""
    if bare is None or _SPOKE_BESIDE.search(subject) or subject.endswith((" and", " or")):
        return False  # ("Paris voiced concern and declined to comment": a statement before)
    topic = bare.group("topic") or ""
    return not (_SPOKE_BESIDE.search(topic) or _TOPIC_WITH_CONTENT.search(topic))


def says_nothing(text: str) -> bool:
    """Whether the sentence only says that a party spoke or differed, with no position of its
    own: not a reaction by itself (the gold conventions), though it names who speaks next."""
    if not sieve_of(text).may_match(_SAYS_NOTHING):
        return False  # (a cheap gate: the pattern needs one of a few words; few sentences pass)
    match = _SAYS_NOTHING.match(text.strip())
    return match is not None and not set(match.group("rest").lower().split()) & _CONTENT_WORDS


# A name qualifying a thing rather than naming who acts: "the AUKUS pact", "the Minsk
# agreement", "the Normandy format".
_THING_AFTER = re.compile(
    r"\s+(?:pact|treaty|agreement|accord|deal|plan|proposal|initiative|framework|format|"
    r"process|project|dispute|crisis|deadline|question|issue|"
    # and goods, money and markets: "Russian gas flows", "Chinese exports fell"
    r"gas|oil|exports?|imports?|economy|markets?|companies|firms|investors|stocks|shares|"
    r"currency|prices)s?\b",
    re.IGNORECASE,
)


# A party's own people or posts abroad, and what only their own state does to them: "Japan's
# ambassador was recalled", "The French embassy was closed", "Its monitors were withdrawn"
# (summoned or expelled is the host's deed, not theirs).
_OWN_PEOPLE = re.compile(
    r"\b(?:ambassadors?|envoys?|diplomats|embassy|embassies|consulates?|mission|monitors|"
    r"observers|peacekeepers|personnel|staff)\b"
)
_OWN_WITHDRAWN = re.compile(
    r"\s+(?:\w+ly\s+)?(?:recalled|withdrawn|evacuated|closed|suspended|pulled\s+out|"
    r"flown\s+(?:out|home)|relocated)\b"
)


# A passive that only hedges what the party does: "Soviet airborne divisions were reported on
# alert", "Israeli armour was seen moving towards the Golan".
_HEDGED = re.compile(
    r"\s+(?:reported|said|seen|believed|understood)\s+(?:to\s+(?:be|have)\b|on\s+(?:alert|standby)\b|"
    r"(?:moving|massing|heading|gathering|preparing)\b)"
)


_MODALS = frozenset({"should", "must", "ought", "could", "might", "would"})


def acting_subject(
    text: str, mentions: Sequence[Mention], affiliation: Mapping[str, str] | None = None
) -> tuple[str, ...]:
    """The parties opening a sentence as the subject of its verb ("Panama suspended flights",
    "Brazil, Colombia and Mexico have taken a cautious line"): who acts, when nobody speaks.
    States, organisations and titled people only; places, regions and groups are left out.
    Silence and nothing more ("Russia stayed silent on Friday.") is no act."""
    if declines_only(text):
        return ()
    dateline = _DATELINE.match(text)
    opening = dateline.end() if dateline is not None else 0
    intro = _INTRO_PHRASE.match(text, opening)
    if intro is not None and any(m.start == opening for m in mentions):
        intro = None  # "Italy, the former colonial power, sent": a name, not an adverb's "-ly"
    opening = intro.end() if intro is not None else opening
    # (its list words first, a C scan each: the pattern's opening tries 60 characters)
    listed = (
        _MEMBERS_LISTED.match(text, opening)
        if "including" in text or "among" in text or "such" in text or "notably" in text
        else None
    )
    if listed is not None:
        # "Several EU states, including Italy, Spain and Malta, are said to favour": the
        # members named act, not the group.
        members = [
            party_of(m, {})
            for m in mentions
            if listed.start("members") <= m.start < listed.end("members")
            and m.type in ("GPE", "NORP")
        ]
        states = [p for p in dict.fromkeys(members) if is_state(p)]
        if not states and _BODIES_HEAD.search(text, opening, listed.start("members")):
            # "Several airlines, including Lufthansa and United Airlines, are suspending
            # flights": the companies or agencies named act
            states = list(
                dict.fromkeys(
                    party_of(m, {})
                    for m in mentions
                    if listed.start("members") <= m.start < listed.end("members")
                    and m.type == "ORG"
                )
            )
        if states:
            # ("APEC leaders, including X and Y, had been due to meet": a plan, no act)
            planned = _FORWARD.match(text, listed.end("members") + 1)
            return () if says_nothing(text) or planned else tuple(states)
    mentions = [m for m in mentions if m.start >= opening]
    if not mentions:
        return ()
    first = mentions[0]
    # "Some 400 Kenyan police officers landed", "more than 140 UN trucks had crossed": a number
    # of a state's people, or of a body's people, ships or vehicles
    counted = _QUANTITY_OPENING.fullmatch(text, opening, first.start) and (
        first.type == "NORP" or (first.type == "ORG" and _COUNTED_OF_BODY.match(text, first.end))
    )
    # "Troops from the CSTO began arriving", "Monitors from the EU began patrols": the body
    # whose people act ("the Russian-led CSTO": the body led, not its leader)
    sent = _PEOPLE_OF.fullmatch(text, opening, first.start) is not None
    if not (_opens_clause(text[opening : first.start]) or counted or sent):
        return ()  # ("Some 400 Kenyan police officers landed": a number of a state's people)
    led = _LED_LABEL.match(text, first.end) if len(mentions) > 1 else None
    if led is not None and mentions[1].start == led.end():
        # "The Russian-led Collective Security Treaty Organisation met": the body led acts
        first, mentions = mentions[1], mentions[1:]
    elif (
        first.type == "ORG"
        and len(mentions) > 1
        and mentions[1].type == "ORG"
        and mentions[1].canonical != first.canonical
        and text[first.end : mentions[1].start] in POSSESSIVE_GAPS
    ):
        # "The European Community's Commission approved aid", "The UN's Human Rights Council
        # voted": a body's organ known by its own name acts in that name
        first, mentions = mentions[1], mentions[1:]
    group = [first]
    tail = first.end  # where the subject's last item ends
    titled_end = 0  # where the person a party's title names ends ("U.S. Secretary of State X")
    for m in mentions[1:]:
        between = text[tail : m.start]
        if (
            m.type == "PERSON"
            and group[-1].type in ("GPE", "NORP", "ORG")
            and tail == group[-1].end
            and office_between(text, group[-1], m)
        ):
            # "U.S. Secretary of State George Shultz arrived", "The Soviet leader, Mikhail
            # Gorbachev, sent": the party's own officer acts for it; the verb follows the person
            # (or the next party of a list: "France's President X and Germany's Chancellor Y")
            titled_end = tail = m.end
            continue
        if (
            group[-1].type == "PERSON"
            and m.type == "GPE"
            and tail == group[-1].end
            and between == " of "
            and is_state(party_of(m, {}))
        ):
            # "King Hussein of Jordan received", "Presidents X of Kenya and Y of Uganda": the
            # person's state acts
            group[-1] = m
            tail = m.end
            continue
        uncounted = (
            _MEMBERS_OF_ITEM.match(text, m.end) if _COUNTED_ITEM.fullmatch(between) else None
        )
        if uncounted is not None:
            # "The United States, more than a dozen EU countries, Canada and Ukraine": members
            # counted, not named, are no party; the list goes on after them
            tail = uncounted.end()
            continue
        if m.type == "NORP" and between.strip() == ", the" and _NOUN_AFTER.match(text, m.end):
            break  # "Tunisia, the Arab member of the Council,": an adjective in an aside
        if between.strip() in (", the", ", a", ", an") and _APPOSED_NOUN.match(text, m.end):
            break  # "UNFICYP, the UN force on the island, reported": who the party is
        if between.strip() == "," and (m.type == "PERSON") != (group[-1].type == "PERSON"):
            break  # "The head of the IAEA, Rafael Grossi, travelled": an apposition, no list
        if group[-1].type == "PERSON" and between.strip() in (",", ", the"):
            office = _OFFICE_TO_COMMA.match(text, m.end)
            if office is not None and is_title_gap(office.group(0)):
                break  # "Ban Ki-moon, the UN Secretary-General, flew": the person's office
        if between.strip() == "," and _POSSESSIVE_ASIDE.match(text, m.end):
            break  # "Turkey, Azerbaijan's closest ally, stood behind Baku": who Turkey is
        if (
            _COORDINATION.match(between)
            or (_TITLED_AND.match(between) and _titled_and(between))
            or _titled_people(between, group[-1], m)
            or ((sent or counted) and _SECOND_TEAM.fullmatch(between))
        ):
            group.append(m)
            tail = m.end
        else:
            break
    after = group[-1].end
    if _THING_AFTER.match(text, after):
        return ()  # "the new AUKUS pact continues": the name qualifies a thing, no party acts
    aside = _ASIDE_AFTER.match(text, after)
    if aside is not None:
        after = aside.end()  # "Brazil, whose leaders kept ties with Caracas, has..."
        following = _NEXT_ASIDE.match(text, after)
        if following is not None and _AFTER_SUBJECT.match(text, following.end()):
            after = following.end()  # "Japan, which lost nine, the largest toll, sent"
    acted = _AFTER_SUBJECT.match(text, after)
    if acted is not None and acted.group(0).split()[-1].lower() in _TAIL_NOUNS:
        # "UN peacekeepers, who have been there since 1999, are due to leave": the subject's
        # own noun taken for its verb; the verb comes after the aside
        aside = _ASIDE_AFTER.match(text, acted.end())
        after = aside.end() if aside is not None else acted.end()
        acted = _AFTER_SUBJECT.match(text, after)
    if acted is None and titled_end > after:
        # the verb after the party's officer: "The Soviet leader, Mikhail Gorbachev, who was in
        # London only weeks ago, sent", "Saudi Arabia's minister of state for foreign affairs,
        # Adel al-Jubeir, travelled"
        after = titled_end
        aside = _ASIDE_AFTER.match(text, after)
        if aside is not None:
            after = aside.end()
        elif text.startswith(",", after):
            after += 1  # the comma closing the person's apposition
        acted = _AFTER_SUBJECT.match(text, after)
    if acted is None:
        # an aside after the subject's own noun: "The United States embassy, which opened in
        # March, advised", "A team of 70 Israeli soldiers and rescue specialists, flown in on
        # Tuesday, has worked"
        # (a common noun last: "The Maersk Alabama, with its crew," is a ship's name)
        own = _OWN_NOUN.match(text, group[-1].end)
        noun = own.group(0).split()[-1:] if own is not None else []
        aside = _ASIDE_AFTER.match(text, own.end()) if own and noun and noun[0].islower() else None
        if aside is not None:
            after = aside.end()
            acted = _AFTER_SUBJECT.match(text, after)
    pledge = _PLEDGE.match(text, after) if acted is None else None
    if pledge is not None:
        acted = pledge  # "Japan will provide $4 billion": a promise made now
    if acted is None:
        return ()  # no verb
    verb = acted.group(0).split()[-1].lower()
    if verb in PERCEIVE:
        return ()  # one of perceiving ("Washington learned of it")
    if verb in _MODALS:
        return ()  # "The European Union should make clear ...": what it is told to do

    if _NO_COMMENT.search(text, after, acted.end() + 30) or _SAID_NOTHING.match(text, acted.end()):
        return ()  # "The UAE has not commented", "declined to comment", "said little"
    if ANONYMITY.search(text):
        return ()  # "A NATO diplomat, who asked not to be named, was less diplomatic"
    if _STAYS.search(acted.group(0)) and _WHERE_AFTER.match(text, acted.end()):
        return ()  # "France's envoy to Canberra remains in Paris": where one is, not an act
    if _INACTION.match(text, acted.end()) or _INACTION.match(text, after):
        return ()  # "Russia largely stayed out of the dispute"
    if verb in (
        "was",
        "were",
        "is",
        "are",
        "been",
    ) and _PARTICIPLE.match(text, acted.end()):
        # "Australia was caught off guard", "The OPCW has been invited to verify": done to it;
        # but "Japan's ambassador was recalled": its own people withdrawn, by itself
        own = _OWN_PEOPLE.search(acted.group(0)) and _OWN_WITHDRAWN.match(text, acted.end())
        if not own and not _HEDGED.match(text, acted.end()):
            return ()
    if pledge is None and _FORWARD.match(text, after):
        return ()  # "EU leaders are due to discuss": a plan, not yet a reaction
    verb_at = acted.start() + acted.group(0).rstrip().rfind(" ")  # before the verb's last word
    being = _STATE_OF_BEING.match(text, after) or _STATE_OF_BEING.match(text, verb_at)
    if being and not (_FIRST_TO_ACT.match(text, after) or _FIRST_TO_ACT.match(text, verb_at)):
        # "Russia has military bases there", "China is the largest buyer": a state ("Greece
        # was among the first to send help" is an act told by its rank)
        return ()
    if says_nothing(text):
        # "Moscow took a different view.": the next sentence says what it is (asked last: a
        # clause gets this far seldom, and every earlier answer names no party either)
        return ()
    aff = affiliation or {}
    parties: list[str] = []
    for m in group:
        if m.type not in ("GPE", "ORG", "NORP", "PERSON"):
            return ()
        party = party_of(m, aff)
        # A town or region does not act; a territory with authorities of its own takes
        # measures ("Hong Kong restricted imports").
        if (
            m.type in ("GPE", "NORP")
            and not is_state(party)
            # a state of its time acts as one ("Czechoslovakia cut its ties with Israel")
            and not gazetteer.is_former_state(party)
            # a territory listed with states acts with them ("Australia, China, Hong Kong and
            # Singapore will each lend $1 billion")
            and not (
                (
                    gazetteer.is_territory(party)
                    # one the sentence calls a territory: "American Samoa, the U.S. territory
                    # next door, declared its own emergency"
                    or (aside is not None and _CALLED_TERRITORY.search(aside.group(0)))
                )
                and (
                    len(group) > 1
                    or _RESPONSE_ACT.match(text, after)
                    or _TERRITORY_ACT.match(text, after)
                )
            )
        ):
            return ()
        if m.type == "PERSON" and m.canonical not in aff and by_surname(m.canonical, aff) is None:
            return ()
        if party not in parties:
            parties.append(party)
    return tuple(parties)


_NOUN_AFTER = re.compile(r"\s+[a-z]")
_CALLED_TERRITORY = re.compile(r"\b(?:territory|dependency|overseas\s+department)\b")
# What follows a body's name up to the comma closing an apposition: " Secretary-General,".
_OFFICE_TO_COMMA = re.compile(r"(?:['’]s)?\s+[^,;:\"“”]{1,50},")


# The kinds of act a third party answers a crisis with, told with what the act moves or names:
# help, troops and envoys sent ("Greece sent emergency supplies", "Russia sent a team of naval
# experts to Seoul"), sanctions, recognitions, envoys recalled, borders, airspace and flights
# closed ("Senegal shut its land border with Guinea in August", "Indonesia grounded its fleet").
# A recognition only as a first ("France became the first country to recognise the council"):
# "X recognises Y", "X has recognised Y" tell a standing position as often as an act.
_SENT_VERB = (
    r"(?:sent|sends|dispatched|dispatches|deployed|deploys|flew|flies|airlifted|airlifts|rushed|"
    r"rushes|shipped|ships|delivered|delivers|committed|commits|donated|donates|"
    r"(?:has|have|had)\s+(?:also\s+)?(?:sent|dispatched|deployed|flown|airlifted|rushed|shipped|"
    r"delivered|committed|donated))"
)
_SENT_THING = (
    r"(?:aid|supplies|relief|assistance|troops|soldiers|forces|police|teams?|units?|rescuers|"
    r"doctors|medics|nurses|experts|specialists|firefighters|engineers|envoys?|delegations?|"
    r"emissary|mission|planes?|aircraft|helicopters?|ships?|vessels|warships|frigates?|"
    r"tents|blankets|food|medicines?|medical|vaccines|ammunition|arms|weapons|tanks|fighters|"
    r"jets|equipment|pumps|peacekeepers|monitors|observers|battalions?)"
)
_REACTION_KINDS = (
    ("sent", _SENT_VERB + r"\b[^.;:\"“”]{0,50}?\b" + _SENT_THING),
    (
        "sanctions",
        r"(?:imposed|imposes|announced|tightened|extended|slapped|(?:has|have|had)\s+imposed)\s+"
        r"(?:[\w-]+\s+){0,4}?sanctions",
    ),
    (
        "recognition",
        r"(?:was|were|became)\s+(?:also\s+)?(?:among\s+)?the\s+first\s+(?:[\w-]+\s+){0,2}to\s+"
        r"recogni[sz]e",
    ),
    (
        "recall",
        r"(?:recalled|recalls|withdrew|(?:has|have|had)\s+(?:recalled|withdrawn))\s+"
        r"(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:ambassadors?|envoys?|diplomats|embassy\s+staff)",
    ),
    (
        "expulsion",
        r"(?:expelled|expels|(?:has|have|had)\s+expelled)\s+(?:[\w-]+\s+){0,3}?diplomats",
    ),
    (
        "border",
        r"(?:closed|closes|shut|shuts|sealed|seals|(?:has|have|had)\s+(?:closed|shut|sealed))\s+"
        r"(?:its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:borders?|frontiers?|airspace|border\s+crossings?)",
    ),
    (
        "flights",
        r"(?:suspended|suspends|cancell?ed|cancels|halted|halts|banned|bans|barred|bars|"
        r"(?:has|have|had)\s+(?:suspended|cancell?ed|halted|banned|barred))\s+(?:[\w-]+\s+){0,3}?"
        r"(?:flights|travel|trips|imports)",
    ),
    ("grounding", r"(?:grounded|grounds|(?:has|have|had)\s+grounded)\s+(?:its|their|the|all)"),
    # a way opened to the crisis: "Jordan has opened the port of Aqaba to cargo bound for Iraq"
    (
        "opening",
        r"(?:opened|reopened|(?:has|have|had)\s+(?:opened|reopened))\s+(?:its|their|the)\s+"
        r"(?:[\w-]+\s+){0,2}?(?:borders?|frontiers?|airspace|ports?|border\s+crossings?|corridor)",
    ),
    # a member suspended: "its heads of government suspended Nigeria's membership"
    (
        "suspension",
        r"(?:suspended|suspends|(?:has|have|had)\s+suspended)\s+(?:[\w'’-]+\s+){1,2}?membership",
    ),
)
_REACTION_KIND = re.compile("|".join(r"\b" + p + r"\b" for _, p in _REACTION_KINDS), re.IGNORECASE)


# Help sent: what only a helper sends, never a side's own army ("sent a team of doctors").
_HELP_SENT = re.compile(
    r"\b" + _SENT_VERB + r"\b[^.;:\"“”]{0,50}?\b(?:aid|supplies|relief|assistance|teams?|rescuers|"
    r"doctors|medics|nurses|experts|specialists|firefighters|tents|blankets|food|medicines?|"
    r"medical|vaccines|pumps)\b",
    re.IGNORECASE,
)
# A negation or a passive before the act: "Moscow has never recognised", "sent by".
_NOT_BEFORE = re.compile(r"\b(?:never|not|no|n['’]t)\b[^,;]{0,25}$", re.IGNORECASE)
_SENT_BY = re.compile(r"[a-z]+\s+by\b", re.IGNORECASE)
_A_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def reaction_kind_act(text: str) -> str | None:
    """The kind of act the sentence tells, if of the kinds reactions are made of: "help" (help
    or helpers sent), "measure" (troops or envoys sent, sanctions, a recognition, an envoy
    recalled, a border, airspace or flights closed), whoever does it; None for another, a
    negated one ("has never recognised"), a passive ("sent by") or one dated by a year (history
    told as such). A third party's such act answers the story's crisis, however the sentence is
    labelled."""
    # (through the sentence's sieve: most sentences hold none of the pattern's words)
    act = sieve_of(text).search(_REACTION_KIND)
    if act is None or _A_YEAR.search(text):
        return None
    if _NOT_BEFORE.search(text, 0, act.start()) or _SENT_BY.match(text, act.start()):
        return None
    return "help" if _HELP_SENT.search(text) else "measure"
