"""The words of each stance: the cue table `stance_of` reads (`briefer.analysis.stance`).

Each entry is a stance and one pattern of the words that tell it; every pattern is tried over
the whole sentence and the earliest match wins. The phrase lists before the table name the
families the patterns are built from (appeals and what they ask for, help sent and promised,
blame laid, costs held over a side ...), so a new phrasing goes into its family, not into the
table's patterns directly.
"""

from __future__ import annotations

import re

# Stance cues, each tried over the whole sentence; the earliest cue wins, so "voiced concern and
# urged restraint" is concern and "condemned ..., saying it would not tolerate" is criticism.
APPEAL = (
    r"(?:urg\w*|call(?:ed|s|ing)?\s+(?:on|upon|for)|appeal\w*|ask(?:ed|s)?|encourag\w*|"
    r"press(?:ed|es|ing)?\s+(?:for|(?:[\w-]+\s+){1,3}?to)|push(?:ed|es|ing)?\s+for|invit\w*|expect\w*|hop(?:ed|es|ing)|"
    # (the hope of a thing is no appeal for it: "to revive the hope of peace")
    r"hope(?!\s+of\b)|"
    # "stressed the need for a peaceful solution", "the importance of restraint"
    r"should|must|need(?:s|ed)?\s+(?:for|to)|importance\s+of|demand\w*|"
    # the pleas of newswires: "implored both sides", "pleaded with the rebels", "exhorted",
    # "said it was essential that both sides", "it was imperative to"
    r"implor\w*|plead(?:s|ed|ing)?\s+(?:with|for)|pled\s+(?:with|for)|exhort\w*|"
    r"(?:essential|imperative|vital|crucial)\s+(?:that|to\s+(?!the\b)))"
)
_RESTRAINT_WORDS = (
    r"(?:restraint|calm\w*|de-?escalat\w*|refrain\w*|ceasefire|cease-fire|cease|truce|avoid\w*|"
    r"stop\w*|halt\w*|end(?:s|ed|ing)?\b|withdraw\w*|pull\w*\s+back|remov\w*|clear\w*|"
    # (the rights of peaceful protesters asked to be protected or respected are rights-talk,
    # no appeal for restraint between sides)
    # (a peaceful solution or settlement asked for is talks; a peaceful resolution, most often
    # asked beside calm, stays restraint)
    r"lift\w*|peaceful(?:ly)?(?!\s+(?:protest\w*|assembly|demonstrat\w*|solution|settlement|"
    r"means))|violence|escalat\w*|"
    r"tension\w*|hostilities|protect\w*(?!\s+(?:the\s+)?rights?\b)|"
    r"lower\w*|eas(?:e|ing)|reduc\w*|temperature|cool\w*|reopen\w*|postpone\w*|caution\w*|"
    r"stand\s+down|lay\w*\s+down|step\w*\s+back|back\s+away|brink|peace(?!ful)|responsibl\w*|"
    # outsiders kept out, a people spared: "urged all outside forces to stay out of the conflict",
    # "urged Moscow not to punish the Chechen people as a whole"
    r"stay\s+out\s+of|not\s+to\s+punish|"
    # the general words of de-escalation: "to defuse the situation", "to hold their fire", "for
    # the guns to fall silent", "moderation", "not to resort to force", "to spare civilians", "to
    # disengage", "an armistice", "to prevent further bloodshed" (a place demanded demilitarised
    # is often one side's: no cue);
    r"defus\w*|hold\w*\s+(?:their|its|your)\s+fire|fall\s+silent|moderat(?:ion|e)\b|"
    r"resort\w*\s+to|spar(?:e|ing)\s+(?:the\s+)?(?:civilian\w*|lives|population|innocent\w*)|"
    r"disengag\w*|armistice|bloodshed|"
    # "to silence the guns", "urged serenity and prudence", "to keep their composure"
    r"silenc\w*\s+the\s+(?:guns|weapons)|serenity|prudence|composure|sang-froid|"
    # restraint in other words (CAMEO 0256): "to exercise self-control", "maximum tolerance",
    # "a humanitarian pause", "to tone down their rhetoric", "to pull their troops back", "to
    # put down their weapons", "to stay in their barracks"; a harm not to be added to, "not to
    # inflame the situation", "steps that would worsen it", "not to retaliate", "not to take
    # military action", "no further use of force"
    r"self-control|(?:maximum|utmost)\s+tolerance|humanitarian\s+pauses?|ton(?:e|ed|es|ing)\s+down|"
    r"pull\w*\s+(?:(?:its|their|the|his|her|all)\s+)?(?:[\w-]+\s+)?(?:troops|forces|units|"
    r"soldiers|army|armies)\s+back|put\w*\s+down\s+(?:their|its|your|the)\s+(?:weapons|arms|guns)|"
    r"(?:stay|remain)\s+in\s+(?:its|their|the)\s+barracks|"
    r"(?:not\s+to\s+|(?:could|would|might|may)\s+(?:further\s+)?)(?:inflame|aggravate|exacerbate|"
    r"worsen|heighten|stoke|fuel|complicate|escalate)\b|"
    r"not\s+to\s+(?:retaliate|respond\s+(?:to|in\s+kind)|use\s+force|take\s+(?:any\s+)?"
    r"(?:military|armed)\s+action)|no\s+(?:further\s+)?(?:use\s+of\s+force|military\s+action))"
)
_DIALOGUE_WORDS = (
    r"(?:dialogue|dialog|talks|negotiat\w*|diplomac\w*|diplomatic|resolution|solution|"
    r"(?:political|diplomatic|negotiated)\s+(?:solution|settlement|resolution|means)|"
    r"settle\w*|mediat\w*|"
    # "resolve their differences", "resolve the impasse amicably": settling by agreement
    r"resolv\w*\s+(?:the\s+|their\s+|its\s+|this\s+)?(?:[\w-]+\s+)?(?:differences|dispute|"
    r"matter|impasse|crisis|issues?|row|standoff|problems?|conflict)\b|"
    # (a meeting of a body asked for is no appeal to talk: "an urgent Council meeting")
    r"(?<!urgent\s)(?<!emergency\s)(?<!extraordinary\s)(?<!special\s)(?<!Council\s)"
    r"(?<!council\s)(?<!board\s)meet(?:ing|ings|s)?\b(?!\s+of\s+the\b)|compromise|way\s+forward|"
    r"(?<!the\s)agreement|good\s+offices|(?:back\s+|return\s+)?to\s+the\s+table|"
    r"differences|talking|talk|(?:ceasefire|cease-fire|truce|peace)\s+(?:talks|negotiations)|"
    r"peaceful(?:ly)?\s+settle\w*|work(?:ing)?\s+together|"
    # a way out the sides find themselves: "hoped the two would work it out", "would be resolved
    # by peaceful means"
    r"work\s+(?:it|things|this|that)\s+out|peaceful\s+(?:and\s+[\w-]+\s+)?means|"
    # the general words of talking it out: "to sit down together", "to engage in good faith",
    # "a political process", "channels of communication", "to reconcile", "arbitration", "a
    # round-table conference", "an international conference"
    r"sit\s+down|good\s+faith|engag\w*\s+with\s+(?:each\s+other|one\s+another)|"
    r"(?:political|peace)\s+process|(?:channels?|lines?)\s+of\s+communication|reconcil\w*|"
    r"arbitrat\w*|round-?table|(?:international|peace|regional)\s+conference|"
    # the other words of agreeing (CAMEO 036, 1056): "to find common ground", "confidence-
    # building measures", "to reach an understanding", "an accommodation", "to resolve it
    # amicably", "through friendly consultation"
    r"common\s+ground|confidence-building|(?:reach|find|come\s+to)\s+(?:an?\s+)?(?:[\w-]+\s+)?"
    r"(?:understanding|accommodation|modus\s+vivendi)|amicabl[ey]|consultation\b|summit\s+between)"
)
# Asking a party to undo what it did ("urged the government to withdraw the law") is criticism.
_REVERSAL_WORDS = (
    r"(?:revers\w*|revok\w*|repeal\w*|rescind\w*|scrap\w*|"
    r"change\s+(?:its\s+|their\s+)?course|return\s+(?:full\s+)?control|hand\s+back|"
    r"not\s+to\s+(?:go\s+ahead|proceed|sign|ratify)|"
    r"lift\s+(?:the\s+|its\s+|their\s+|all\s+)?(?:[\w-]+\s+)?(?:embargo|sanctions|blockade)|"
    r"withdraw\s+(?:it|them|the\s+(?:law|bill|decision|"
    r"decree|measure|legislation))|"
    r"reconsider\s+(?:the|its|their|his|her|this|that)\b|walk\w*\s+away\s+from|abandon\w*\s+(?:the|its|their|his|her)\s+(?:plan|law|bill|reform)|"
    # freeing the detained and restoring the constitution, asked of those who took power
    r"release\s+of\s+(?:the\s+|all\s+)?(?:(?:[\d,]+|two|three|four|five|six|seven|eight|nine|ten|"
    r"dozens\s+of|hundreds\s+of)\s+)?(?:(?-i:[A-Z])\w+|political|prisoners|detain\w*|those|"
    r"opposition|journalists|hostages|activists|everyone|everybody|anyone|people|protesters|"
    r"demonstrators)|['’]s?\s+(?:(?:immediate|unconditional|swift|safe|prompt)\s+(?:and\s+)?)*"
    r"release|(?:immediate|unconditional)\s+(?:and\s+(?:immediate|unconditional|safe)\s+)?release|"
    # "urged the government to free all those held", "should release everyone detained"
    r"free\s+(?:the\s+|all\s+(?:the\s+)?)?(?:political\s+)?(?:prisoners|detainees|hostages|captives)|"
    # "called for Bazoum to be freed", "demanded that the journalists be released"
    r"(?:to\s+)?be\s+(?:immediately\s+|unconditionally\s+)?freed\b(?!\s+up)|"
    r"(?:(?-i:[A-Z])\w+|him|her|prisoners|detainees|journalists|activists|hostages|protesters|"
    r"demonstrators|those\s+(?:held|detained|arrested|jailed))\s+(?:to\s+)?be\s+"
    r"(?:immediately\s+|unconditionally\s+)?released\b|"
    # ("urged the council to release the detained ministers")
    r"(?:free|release)\s+(?:the\s+|all\s+)?(?:political\s+prisoners|detainees|everyone|"
    r"everybody|those\s+(?:held|detained|arrested|jailed)|protesters|demonstrators|"
    r"journalists|activists|(?:detained|jailed|imprisoned|arrested|abducted|kidnapped)\b)|"
    # "to release him unharmed"
    r"release\s+(?:him|her|them)\s+(?:unharmed|immediately|unconditionally|at\s+once)|"
    r"(?:return|restor\w*)\s+(?:to\s+)?(?:the\s+)?constitutional\s+(?:order|rule)|"
    r"constitutional\s+order\s+(?:be\s+|was\s+|is\s+)?restored|return\s+to\s+(?:its|their|the)\s+"
    r"barracks|"
    # an inquiry asked into deaths or abuses: "urged a transparent and independent investigation"
    r"(?:independent|transparent|impartial|credible|international|prompt|thorough)\s+(?:[\w,-]+\s+)"
    r"{0,3}?(?:investigations?|inquiry|inquiries|probe))(?![\w-])"
)
# A warning that names a condition ("warned that any attack would", "... if X continued")
# threatens; one that describes a danger ("warned of a crisis") voices concern.
_CONDITIONAL_WARNING = (
    r"\bwarn(?:ed|s|ing)?\s+(?:[^;]{0,80}?\s)?that\s+(?:any\b[^;]{0,120}?\b(?:would|will|could)\b|"
    r"[^;]{0,120}?\b(?:would|will|could)\b[^;]{0,80}?\b(?:if|unless)\b)"
)
# A relief team, plane or convoy (sent, offered or arriving counts as help given)
_RELIEF_TEAM = (
    r"(?:search-and-rescue|rescue|relief|medical|disaster|humanitarian|aid)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:teams?|units?|specialists|workers|planes?|flights?|convoys?)\b(?![^;]{0,30}\binvestigat)"
)
# A deed regretted is judged (criticism): "regretted the vote", "very regrettable"; a loss of
# life regretted, or that something failed ("regretted that diplomacy had failed"), is a worry,
# and so is a happening no side is said to have done ("regretted the incident", "the violence",
# "the rift between two of its friends").
_REGRETTED_DEED = (
    r"regrettable|regret(?:s|ted)?\s+(?:(?:the|this|its|their|his|her)\s+|"
    r"(?-i:[A-Z])[\w-]*['’]s\s+)(?!(?:[\w-]+\s+)?(?:loss|losses|deaths?|killings?|casualties|"
    r"victims|incidents?|violence|bloodshed|clashes|fighting|tension|break|rift|rupture|split|"
    r"separation)\b)"
)
# Sympathy with the victims or the struck state in their grief, in words or by a sign of mourning
# (the gold conventions' "condolences, sympathy or solidarity ... support"): "was deeply saddened
# by the loss of life", "shared the grief of", "our thoughts are with", "flags at half-mast", "a
# minute's silence", "would attend the funeral", "stood united with".
_SYMPATHY = (
    # (a feeling told before a condemnation is no act of sympathy: the condemnation is the main
    # verb, as in "was shocked and saddened and condemned the murder", "deeply saddened and
    # outraged"; condolences offered before a condemnation stay support)
    r"\b(?:(?:saddened|grieved|shocked|shaken)\b(?![^;]*?\b(?:condemn|denounc|deplor|outrag)\w*)|"
    r"griev(?:es|ing)\s+with|grief|sorrows?|"
    r"shar(?:e|es|ed|ing)\s+(?:[\w'’-]+\s+){0,3}?(?:shock|pain|suffering)|"
    r"thoughts\s+(?:and\s+prayers\s+)?(?:are|were|is|was|remain\w*)\s+with|hearts?\s+(?:go|goes|went|gone)\s+out|"
    r"pray(?:s|ed|ing)?\s+for|prayers?\s+for|"
    r"close to the\s+(?:[\w-]+\s+){0,2}?(?:people|families|victims|nation)|"
    r"closeness\s+to|half-(?:mast|staff)|flags?\s+(?:[\w-]+\s+){0,4}?lowered|"
    r"lower\w*\s+(?:[\w-]+\s+){0,2}?flags|(?:minute|moment)['’]?s?\s+(?:of\s+)?silence|"
    r"(?:attend\w*|represent\w*\s+[^;]{0,30}?\bat|fly\s+to\s+[^;]{0,30}?\bfor)\s+"
    r"(?:the\s+|his\s+|her\s+|[\w'’-]+\s+)?funeral|"
    r"(?:stood|stands?|standing)\s+(?:strong\s+and\s+)?(?:beside|united\s+with)|"
    r"side by side with|lost\s+a\s+(?:brother|friend|sister))\b"
)
# A state or government recognised, or relations opened with it, backs it (CAMEO 054): "the
# United States recognised the two republics", "would recognise it and establish diplomatic
# relations" (not recognising is criticism: a support cue denied).
_RECOGNITION = (
    # (a choice still open is no recognition: "to decide whether to recognise")
    r"(?<!whether\sto\s)\brecogni[sz](?:e|es|ed|ing)\s+(?!that\b)(?:(?:both|the\s+two|the\s+new|the)\s+"
    r"(?:[\w-]+\s+)?(?:states?|republics?|countries|nations?|governments?|(?:national\s+|transitional\s+)?"
    r"council|front|authorities|administration|junta|regime)\b|"
    r"(?-i:[A-Z])[\w-]+|it\b|its\s+independence)|"
    r"\bestablish\w*\s+(?:full\s+)?diplomatic\s+relations\b"
)
# An outcome hailed as a success, or as a good beginning: "a triumph for the people", "a historic
# success", "a great day for peace", "a victory for fairness", "had made a good start", "an early
# step towards elections", "a step in the right direction"
_HAILED = (
    r"\b(?:triumph\s+(?:for|of)|historic\s+(?:success|event|achievement|act|breakthrough)|"
    r"victory\s+for|great\s+day\s+for|(?:good|promising|encouraging|fine)\s+start|"
    r"(?<=\ban\s)early\s+step|(?:in|towards?)\s+the\s+right\s+direction)\b"
)
# Goodwill shown to a side: "admired the courage of the two governments", "to convey the Queen's
# good wishes", "assured him of Washington's continued friendship"
_GOODWILL = (
    r"\badmir(?:e|es|ed|ing|able|ably|ation)\b|\b(?:good|best|warm)\s+wishes\b|"
    r"\bassur(?:e|es|ed|ing)\s+(?:[\w'’.-]+\s+){0,3}?of\s+(?:[\w'’.-]+\s+){0,2}?"
    r"(?:(?:continued|continuing|lasting|full|unwavering)\s+)?(?:friendship|goodwill)\b"
)
# An explanation demanded of a party: "demanded that Greece explain why", "asked Israel for a
# full explanation", "must account for", "to come clean"
_EXPLANATION_DEMANDED = (
    # (the words before a noun or verb looked behind: the prefilter places the cue at the word,
    # not at every "a" or "to")
    r"(?:(?<=\ba\s)|(?<=\ban\s)|(?<=full\s)|(?<=clear\s)|(?<=detailed\s)|(?<=complete\s)|"
    r"(?<=satisfactory\s)|(?<=urgent\s)|(?<=immediate\s)|(?<=proper\s)|(?<=credible\s))"
    r"explanation\b|"
    r"\bexplain\s+(?:itself|themselves|himself|herself|why|how|them\b|(?:its\s+|the\s+|their\s+)?"
    r"(?:remarks|actions|conduct|decision))\b|(?:(?<=\bmust\s)|(?<=\bshould\s)|(?<=\bto\s))"
    r"account\s+for\b|\bcome clean\b"
)
# A deed said to lack any ground: "without justification", "without any clear legal basis",
# "showed contempt for"
_GROUNDLESS = (
    r"\b(?:without\s+(?:any\s+)?(?:clear\s+)?(?:justification|legitimacy|legal\s+basis)|"
    r"contempt\s+for)\b"
)
# Help sent or offered to the struck side (CAMEO 07x, the gold's "aid sent or offered ... support"):
# people, gear or goods that rescue, heal, feed or rebuild, told by a verb of sending or offering
# ("sent structural engineers", "offered a civil defence team", "is flying in pumps"); a team sent
# to investigate, observe or examine evidence, or boats sent for one's own citizens, are no help.
_HELP_SENT = (
    r"\b(?:sen[dt]\w*|dispatch\w*|deploy\w*|offer\w*|fl(?:y|ies|ew|own|ying)\s+in|airlift\w*|"
    r"shipp?\w*|deliver\w*|provid\w*|committ?\w*|channel+\w*|truck\w*|donat\w*)\b"
    r"(?![^;]{0,80}?\b(?:investigat\w*|monitor\w*|observ\w*|fact-finding|border|frontier|"
    r"examin\w*|gather\w*|evidence|commission|evacuat\w*\s+(?:[\w-]+\s+){0,3}?(?:tourists|"
    r"citizens|nationals))\b)"
    r"[^;]{0,60}?\b(?:experts|engineers|specialists|staff|crews|rescuers|divers|firefighters|"
    r"doctors|nurses|medics|(?:health|aid|relief|rescue)\s+workers|teams?|pumps|generators|"
    r"equipment|boats|helicopters|food|water|fuel|tents|blankets|supplies|medicines?|masks|"
    r"doses|vaccines|rations|kits|field\s+(?:kitchens|hospitals?)|mobile\s+(?:hospital|"
    r"laboratory)|shelter)\b"
)
# Help named as such, given, offered or sent (the gold's "aid sent or offered ... support", by
# its kind, whatever the goods): "offered U.S. help with the investigation", "would give India
# all the help it needed", "announced aid flights", "had increased its aid", "offered a
# donation"; consular help for one's own citizens takes no side, help cut or held back is a
# measure, and help towards talks is an appeal to talk (see `_HELP_OFFERED`).
_HELP_GIVEN = (
    r"\b(?:offer(?:s|ed|ing)?|sen(?:d|ds|ding|t)|pledg\w*|promis(?:e|es|ed)|provid\w*|"
    r"increas(?:e|es|ed|ing)|announc\w*|dispatch\w*|deliver\w*|extend\w*|give|gave|"
    r"giv(?:en|es|ing))\s+"
    # (help cut or held back is none: "announced it would cut aid", "would halt gas supplies")
    r"(?:(?!consular\b|cut\b|cuts\b|suspend|halt|freez|froze|stop|end\b|ends\b|ending\b|"
    r"withdr[ae]w|reduc|block|deny|denied|review)[\w$.,'’-]+\s+){0,4}?"
    r"(?:help|assistance|aid|donations?)\b"
    r"(?![^;.]{0,50}\b(?:negotiat\w*|talks|dialogue|mediat\w*|settle\w*|deal|table)\b)"
)
# Good hoped of an outcome already reached welcomes it (support), where a hope about what the
# sides do is an appeal: "hoped the accord would lead to lasting trust", "hopes the summit will
# bring lasting peace", "hoped the new government would allow projects to move forward" (a harm
# hoped away is a worry: "hopes the change will not harm the treaty"; talks, a process or a
# truce hoped to go on are appeals to talk or to hold fire).
_OUTCOME_HOPED_WELL = (
    r"\bhop(?:e|es|ed|ing)\s+(?:that\s+)?(?:the|this|today['’]s|their|its)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:summit|accord|agreement|deal|meeting|election|vote|visit|treaty|settlement|change|"
    r"decision|transition|plan|ruling|government|arbitration|award|verdict)\s+(?:would|will|could|"
    r"can|might|may)\s+"
    r"(?!not\b|never\b)"
)
# Backing told by an adjective or a noun, or sympathy with a cause: "would be supportive of a
# plan", "the most supportive of Algiers", "gave India its loud public approval", "approved of
# the move", "fully sympathised with the liberation of Goa"
_BACKING_WORDS = (
    r"\b(?:supportive|sympathi[sz](?:e|ed|es|ing)\s+with|sympathetic\s+(?:to|towards)|"
    r"(?:public|full|warm|loud|strong)\s+approval|approv(?:e|ed|es|ing)\s+of)\b"
)
# Help promised without bounds: "would do everything it could to help", "will do whatever is
# necessary to help", "will be there for as long as it takes"
_HELP_PROMISED = (
    r"(?<=\bdo\s)(?:everything|whatever|all it could|all it can|all they could|all they can|"
    r"all we can)\b[^;]{0,40}?\bto\s+(?:help|assist|support)\b|(?<=\bfor\s)as long as it takes\b"
)
# Money lent or granted (CAMEO 071): "agreed to lend Cyprus 10 billion euros", "added a credit
# line", "committed one billion dollars for reconstruction", "approved a $170 million loan"
_MONEY_GIVEN = (
    r"\b(?:lend|lent|lending|extend\w*|provid\w*|committ?\w*|contribut\w*|approv\w*|add(?:s|ed)?|"
    r"rais(?:e|es|ed)|offer\w*|pledg\w*|grant(?:s|ed)?|propos\w*|prepar\w*|consider\w*)\b[^;]{0,40}?"
    r"(?:\b[\d.,]+\s+(?:billion|million)\b|\b(?:loans?|credits?|credit\s+line|grants|"
    r"contribution)\b)(?![^,;.]{0,25}\b(?:sanctions|fines?|tariffs|penalt\w*))|"
    # "committed one billion dollars", "injected 2.5 trillion yen", "would give 1 million
    # Australian dollars", "would make about 5.75 billion reais available", "launched an appeal
    # on Tuesday for $301 million", "to supply up to $180 billion in dollar funding"
    r"\b(?:giv(?:e|es|ing)|gave|inject\w*|suppl(?:y|ies|ied)|mak(?:e|es|ing)|made|redirect\w*|"
    r"appeal\w*|committ?\w*|pledg\w*|launch\w*\s+(?:an?\s+)?(?:[\w-]+\s+)?appeal)\b[^;]{0,40}?"
    r"(?:\b(?:[\d.,]+|one|two|three|four|five|ten|half\s+a)\s+(?:billion|million|trillion)\b|"
    r"[$€£]\s?[\d.,]+)(?![^,;.]{0,25}\b(?:sanctions|fines?|tariffs|penalt\w*))"
)
# Relief people at work or on their way: "rescue teams from Russia were working in the city",
# "a third medical team would arrive this week", "Taiwan's team of rescuers is due in Chengdu"
_HELP_AT_WORK = (
    r"\b(?:teams?|rescuers|divers|engineers|firefighters|crews|experts|specialists)\b[^;]{0,60}?"
    r"\b(?:(?:were|are|is|was|have\s+been|has\s+been)\s+working|working\s+(?:in|on|at)|"
    r"(?:would|will)\s+arrive|arriv(?:ed|es|ing)|is\s+due|due\s+in|joined\s+(?:the\s+)?"
    r"(?:search|rescue|relief))\b|"
    # craft and crews on their way or joining the search: "a team of British humanitarian
    # experts is already on its way to Beira", "more crews would follow", "an American
    # amphibious ship joined the search", "Jamaica's contingent is expected within days"
    r"\b(?:teams?|rescuers|divers|engineers|firefighters|crews|experts|specialists|ships?|"
    r"vessels?|frigates?|aircraft|planes?|contingents?|convoys?)\b[^;]{0,60}?\b(?:on\s+(?:its|"
    r"their)\s+way|(?:would|will)\s+follow|(?:is|are|was|were)\s+expected\s+(?:within|in|on|"
    r"by|shortly|soon)|join(?:ed|s|ing)?\s+(?:the\s+)?(?:search|rescue|relief))\b"
)
# Help promised or offered by a third party: "would help the new authorities prepare", "offered
# to help build", "will help coordinate donors", "happy to help" (help to find a way to talks is
# an appeal to talk)
_HELP_OFFERED = (
    r"(?:(?<=\bwould\s)|(?<=\bwill\s)|(?<=\bcould\s)|(?<=\bready\sto\s)|(?<=\bhappy\sto\s)|"
    r"(?<=\bglad\sto\s)|(?<=\boffered\sto\s)|(?<=\boffers\sto\s)|(?<=\boffer\sto\s)|"
    r"(?<=\boffering\sto\s))help\b"
    r"(?![^;.]{0,50}\b(?:negotiat\w*|talks|dialogue|mediat\w*|settle\w*|peace\s+process))|"
    r"\b(?:committee|fund|camp)\s+to\s+help\b"
)
# Cooperation with the struck side offered or stressed: "would step up cooperation with Mali",
# "would keep working closely with Beijing", "its full cooperation"
_COOPERATION = (
    r"(?:(?<=\bwork\s)|(?<=\bworks\s)|(?<=\bworked\s)|(?<=\bworking\s)|(?<=\bmore\s)|"
    r"(?<=\bvery\s))closely with\b|"
    r"(?:(?<=\bup\s)|(?<=\bcloser\s)|(?<=\bits\sfull\s)|(?<=\btheir\sfull\s)|(?<=\boffered\s)|"
    r"(?<=\boffers\s)|"
    r"(?<=\bstressed\sits\s)|(?<=\bstressed\stheir\s))cooperation\b|\bagreed to work\b"
)
# Forces joining a mission for a side or a peace (CAMEO 074): "would take part in the peace
# force", "its forces had joined the operation", "approved a new peacekeeping mission" (a
# mission named is no act: "the UN peacekeeping mission was following the situation")
_FORCES_JOINED = (
    r"\b(?:(?:take|takes|took|taking)\s+part|join(?:s|ed|ing)?)\s+(?:in\s+)?(?:the\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:force|operation|assault|patrols|coalition)\b|"
    r"\b(?:approv|authori[sz]|establish|creat|sen[dt]|deploy)\w*\s+(?:an?\s+|the\s+)?"
    r"(?:new\s+)?(?:[\w-]+\s+)?(?:peacekeeping|protection|multinational|stabili[sz]ation)\s+"
    r"(?:[\w-]+\s+)?(?:force|mission)\b"
)
# Refuge given to those who flee: "opened camps for the refugees", "offered to resettle refugees",
# "would let in anyone fleeing", "would give shelter to anyone crossing"
_REFUGE = (
    r"\b(?:(?:opened|prepared|set\s+up|built)\s+(?:[\w-]+\s+)?(?:camps?|reception\s+"
    r"(?:points|centres|centers))|resettl\w*\s+(?:[\w-]+\s+){0,2}?refugees|"
    r"let(?:ting)?\s+in\s+(?:anyone|those|people|refugees)|give\s+shelter|"
    r"admit\s+(?:[\w,-]+\s+){0,3}?(?:refugees|thousand)|"
    # "Budapest's hospitals have taken in dozens of wounded", "ready to receive injured
    # Lebanese", "offered Taylor asylum", "were being housed by families"
    r"(?:took|taken|take|takes|taking)\s+in\s+(?!no\b)(?:[\w,-]+\s+){0,3}?(?:wounded|injured|"
    r"refugees|passengers|survivors|anyone|those|migrants|people|children|families)|"
    r"(?:ready|prepared|willing|agreed|offered)\s+to\s+(?:receive|take\s+in|admit|treat)|"
    r"offer\w*\s+(?:[\w-]+\s+){0,3}?asylum|(?:given|gave|giving|provid\w*)\s+shelter|"
    r"(?:being|were|was)\s+housed|"
    # a way in kept or made open: "has kept its border open to those fleeing", "opened its
    # airports to the diverted flights", "the crossing would be opened to let the wounded through"
    r"(?:borders?|crossings?|territory|airports?|airspace|ports?)\s+(?:[\w-]+\s+){0,3}?"
    r"open(?:ed)?\b(?!\s+(?:fire|since)\b)|open(?:ed|s|ing)?\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:borders?|crossings?|territory|airports?|airspace|port))\b"
)
# Tribute paid to one who was killed or died: "a friend of France", "my partner and my friend",
# "had given her whole life to service", "the strength of British democracy"
_TRIBUTE = (
    r"\b(?:(?:great|dear\w*|close|true|good|steady)\s+)?friends?\s+of\b(?!\s+(?:the\s+)?"
    r"(?:court|accused|suspect))|\bmy\s+(?:[\w-]+\s+and\s+my\s+)?friend\b|"
    # (a life given, one or many: "had given her life for her country")
    r"\b(?:given|gave)\s+(?:his|her|their)\s+(?:whole\s+)?li(?:fe|ves)\b|"
    r"(?<!on\sthe\s)\bstrength\s+(?:and\s+"
    r"independence\s+)?of\b|"
    # the dead honoured: "called Rabin a martyr for peace", "a man of immense courage", "had
    # embodied an age", "the world is poorer tonight", "a loss to all small nations", "would miss
    # their conversations", "saluted him as a pioneer", "had come to honour a sovereign"
    r"\b(?:statesman|martyr\s+for|man\s+of\s+(?:[\w-]+\s+)?courage|embodied|"
    r"(?:shown|showed|show)\s+(?:great\s+|real\s+)?courage|"
    r"(?:world|we|friends)\s+(?:is|are|was|were|would\s+be|will\s+be)\s+(?:the\s+)?poorer|"
    r"(?:would|will)\s+miss|loss\s+(?:to|for)\s+(?:all|the|our|his|her|their|every)|"
    r"salut(?:e|es|ed|ing)|to\s+honou?r\s+(?!(?:its|their|the|his|her)\s+(?:[\w-]+\s+)?"
    r"(?:commitments?|obligations?|pledges?|treaty|agreements?|promises?|word)\b))\b|"
    # presence at a rite of mourning or a ceremony: "Egypt's President attended, his first trip
    # to Israel", "would attend the cremation" (not attending is disapproval)
    r"\battend(?:s|ed|ing)?\b(?=\s*[,.;]|\s+with\b|\s+(?:the|his|her|their)\s+(?:[\w-]+\s+)?"
    r"(?:funeral|ceremony|cremation|service|memorial|vigil|signing|inauguration|swearing-in|"
    r"handover|burial|commemoration|celebrations?)\b)"
)
# Measures against a side (the gold's "imposing sanctions, ... banning a principal's airline,
# freezing assets": threat): its flights banned by nationality ("bans on Soviet flights", "closed
# its airspace to Russian aircraft"), landing rights suspended, an asset freeze, and a decision
# that would help it put off ("postponed consideration of new loans", "suspended consideration
# of its application"); a ban for safety names no nationality ("barred the jet from airspace").
_MEASURES_TAKEN = (
    r"\b(?:(?:bans on|ban on|closed\s+(?:its|their)\s+airspace\s+to)\s+(?-i:[A-Z])[\w-]+\s+"
    r"(?:flights|aircraft|planes|airlines?|carriers?)|(?:suspend|revok|cancel|withdr[ae]w)\w*\s+"
    r"(?:[\w'’-]+\s+){0,3}?landing\s+rights|asset\s+freez\w*|"
    r"(?:(?<=similar\s)|(?<=\ba\s)|(?<=\ban\s))freeze|"
    r"(?:postpon\w*|put off|putting off|suspend\w*|delay\w*|defer\w*)\s+(?:a\s+|the\s+)?"
    r"(?:consideration|decision)\s+(?:of|on))\b"
)
# Words that judge a side's deed, not yet among the criticism cues: "a grave mistake", "a brutal
# act of force", "an act of banditry", "unreasonable and inappropriate", "an insult to", "there
# could be no excuse", "no cause can justify", "had lost the confidence of", "no impunity",
# "bring the perpetrators to justice", "did not reflect the will of the people"; and relations
# reduced ("downgraded its relations", "calling its ambassador home": the acts table's 161)
_JUDGED = (
    r"\b(?:mistakes?|(?:political|grave|serious)\s+(?:[\w-]+\s+)?error|brutal\w*|savage\w*|"
    r"banditry|criminal\s+act|crimes?\s+against|unreasonable|"
    r"inappropriate|intolerable|unforgivable|mockery|insult(?:s|ing)?\b|no excuse|"
    r"(?:entirely|completely|totally|simply|plainly)\s+wrong|"
    r"(?:no cause|nothing)\s+(?:can|could)\s+(?:ever\s+)?justify|"
    r"lost\s+(?:the\s+|all\s+|any\s+|whatever\s+)?(?:confidence|trust)|(?:no\s+)?impunity|"
    r"(?:perpetrators|those responsible|culprits|attackers|killers)\b[^;]{0,40}?\b"
    r"(?:be\s+punished|to\s+justice)|"
    r"not\s+reflect\s+the\s+(?:[\w-]+\s+)?will|conditions for a\s+(?:free|credible|fair)\s+"
    r"(?:[\w-]+\s+)?(?:vote|election|poll)\s+did\s+not\s+exist|"
    r"downgrad\w*\s+(?:its\s+|their\s+)?(?:diplomatic\s+)?(?:relations|ties)|"
    r"(?:ambassador|envoy|high\s+commissioner)\s+(?:[^;]{0,40}?\b(?:called|ordered|summoned|"
    r"brought)\s+(?:back\s+)?)?home|"
    r"recall\w*\s+(?:its|their)\s+high\s+commissioner|"
    # a concession judged by what it would breed: "giving in would only encourage more
    # kidnappings", "each ransom encourages the next attack"
    r"(?:only|merely|simply|just)\s+(?:\w+\s+)?encourag\w*|encourag(?:e|es|ed)\s+(?:the\s+next|"
    r"more|further)\s+(?:[\w-]+\s+)?(?:attacks?|kidnapp\w*|hijack\w*|hostage-taking|"
    r"terror\w*|violence|aggression|abductions?))\b|(?:(?<=\bits\s)|(?<=\btheir\s))crimes\b"
)
# An account demanded of those behind a deed judges the deed (criticism), whoever is asked to
# exact it: "called for those responsible to be held to account", "urged the government to bring
# every person responsible to justice", "demanded accountability", "would hold those responsible"
# ("to hold Russia accountable", the speaker's own measure, stays a threat).
_ACCOUNT_DEMANDED = (
    r"\b(?:held|hold|holding|be\s+brought|brought|bring(?:ing)?)\s+(?:[\w-]+\s+){0,4}?to\s+"
    r"(?:account|justice)\b|\baccountability\b|\bthose\s+responsible\b"
)
# Go-between work for the sides (CAMEO 04x, the acts table's "convening or hosting talks"):
# "passed messages between the two sides", "shuttling between the president and the opposition",
# "brokered the deal", "put forward a text both could accept", "would travel to both capitals"
_GO_BETWEEN = (
    r"\b(?:(?:passed|passing|carried|carrying|relayed|relaying|ferried|ferrying)\s+(?:[\w-]+\s+)?"
    r"messages|shuttl\w*\s+between|shuttle\s+diplomacy|"
    # travel between the sides: "travelled between the two capitals", "flew between Tokyo,
    # Jakarta and Kuala Lumpur", "going between the delegations" (not "between several towns")
    r"(?:travel\w*|fl(?:ew|ying|ies)|mov(?:ed|ing)|going|went)\s+between\s+(?:the\s+two\b|both\b|"
    r"the\s+(?:delegations|capitals|sides|camps|parties|leaders)|(?-i:[A-Z])[\w-]+(?:,|\s+and\b))"
    # (what they were asked then decides: "went between the two camps urging a truce")
    r"(?![^;]*?\b(?:urg\w*|call(?:ed|s|ing)?\s+(?:for|on|upon)|appeal\w*|ask(?:ed|s)?)\b)|"
    # a plan for peace put on the table: "proposed a peace plan", "unveiled a five-point roadmap"
    r"(?:propos|unveil|present|tabl|submitt?|launch|dr[ae]w\w*\s+up|put\s+forward)\w*\s+(?:an?\s+|the\s+|its\s+|his\s+|"
    r"her\s+|their\s+)?(?:new\s+)?(?:[\w-]+\s+)?(?:(?:peace|ceasefire|cease-fire|settlement)\s+"
    r"(?:plan|proposals?|initiative|formula|framework|road\s*map)|road\s*map)|"
    r"(?:peace|ceasefire|cease-fire|settlement)\s+(?:plan|proposal|initiative|road\s*map)\s+(?:was|were|"
    r"has\s+been|had\s+been)\s+(?:proposed|unveiled|presented|tabled|submitted|launched|put\s+forward|"
    r"drawn\s+up)\b|"
    # an envoy sent or named ("dispatched a special envoy to the region", "would send Odinga to
    # Juba as a special envoy"), not one sent to watch ("to follow the investigation")
    r"(?:(?:sen[dt]\w*|dispatch\w*|appoint\w*|nam(?:ed|es|ing))\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:special|personal|peace)\s+(?:envoys?|emissar(?:y|ies))|"
    r"(?:special|personal|peace)\s+(?:envoys?|emissar(?:y|ies))\s+(?:was|were|has\s+been|had\s+been|"
    r"is\s+being)\s+(?:sent|dispatched|appointed|named)\b|"
    r"(?:sen[dt]\w*|dispatch\w*)\s+[^;]{0,60}?\bas\s+(?:a|an|his|her|its|their)\s+(?:special\s+|"
    r"personal\s+)?(?:envoy|emissary))(?![^;]{0,60}?\bto\s+(?:follow|observe|assess|investigate|"
    r"look\s+into|report|monitor|attend|express|convey|deliver))|"
    # the sides brought together: "brought Barak and Arafat together"
    r"br(?:ought|ings?|inging)\s+(?:[\w'’.-]+\s+){1,4}?and\s+(?:[\w'’.-]+\s+){1,4}?together|"
    r"brokered\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+)?(?:deal|agreement|accord|ceasefire|truce|"
    r"compromise)|put forward\s+(?:a|the)\s+(?:[\w-]+\s+)?(?:text|proposal|plan|formula)|"
    # (a visit to both capitals, not "in close contact with both capitals": watching, other)
    r"carrying a proposal|(?:(?<=\bto\s)|(?<=\bvisit\s)|(?<=\bvisited\s)|(?<=\bvisiting\s))"
    r"both capitals|intermediaries|as\s+(?:an?\s+)?intermediary|go-between|honest\s+broker|"
    # the sides invited or their contacts eased, a forum proposed: "invited both foreign
    # ministers to Oslo", "would facilitate contacts between the sides", "proposed a summit of
    # the two leaders", "suggested arbitration"
    r"invit\w*\s+(?:both|the\s+two|the\s+rival|the\s+warring)\b|"
    r"facilitat\w*\s+(?:[\w-]+\s+){0,2}?(?:contacts?|talks|dialogue|negotiations|meetings?)|"
    r"(?:propos|suggest)\w*\s+(?:that\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:summit|"
    r"talks|meeting|negotiations|dialogue|mediation|arbitration)|"
    r"(?:send|sent|sending)\s+(?:a\s+|an\s+)?(?:personal\s+|special\s+)?(?:representative|envoy)"
    r"\s+to\s+(?-i:[A-Z])\w+\s+and\s+(?-i:[A-Z])\w+|"
    # both sides spoken to or met, a round of their talks hosted: "spent 48 hours speaking to
    # senior officials in both countries", "held talks with both men", "hosted the second round"
    r"(?:spoke|speaking|spoken|talked|talking|met|meeting|held\s+talks)\s+(?:to|with)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:(?:in|of|from)\s+)?both\s+(?:countries|sides|leaders|men|governments|"
    r"capitals|parties|presidents)\b"
    # (what they were asked then decides: "had spoken to both leaders and called for calm")
    r"(?![^;]*?\b(?:urg\w*|call(?:ed|s|ing)?\s+(?:for|on|upon)|appeal\w*|ask(?:ed|s)?)\b)|"
    r"host(?:ed|s|ing)\s+(?:the\s+)?(?:[\w-]+\s+)?round)\b"
)


# Help given at work on the ground, and trust voiced in a side's course: "helped move civilians
# to safety", "helping to monitor the crossings"; "was confident that Algerians would pursue their
# transition", "showed the confidence of the international community in Thailand's programme"
_HELPED_OR_TRUSTED = (
    r"\bhelp(?:ed|ing)\s+(?:to\s+)?(?:move|trace|evacuate|rescue|rebuild|build|identify|search|"
    r"monitor|clear|restore|coordinate|feed|shelter|treat|map|recover|deliver)\b|"
    # skills lent to the struck side: "agreed to help coordinate the transport of supplies",
    # "would help train the new civil service", "offered to advise Podgorica", "agents were
    # flying to Kampala to assist Ugandan police" (help to find a way out is an appeal to talk)
    r"\bhelp\s+(?:to\s+)?(?:coordinate|train|advise|find(?!\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?"
    r"(?:solution|way|settlement|compromise|agreement)\b))\b|\boffer\w*\s+to\s+advise\b|"
    r"\b(?:to|would|will)\s+assist\b|"
    r"\b(?:is|was|were|are|remains?|remained)\s+confident\b|"
    r"\bconfidence\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?in\b"
)


# Forces or craft put at a side's service, told without a stance verb (the acts table's "troops
# or arms sent to help a side"): "committed jets", "offered two warships for the blockade", "would
# dispatch up to 1,000 troops", "offered to station Patriot batteries in Poland"; not those sent
# to guard one's own border or to bring one's own people home, nor any refused ("would not send").
_FORCES_SENT = (
    r"(?<!\bnot\s)(?<!n['’]t\s)(?<!\bnever\s)(?<!\bno\s)(?<!declined\sto\s)(?<!refused\sto\s)"
    r"(?<!request\sto\s)(?<!asked\sto\s)(?<!consider\s)(?<!considering\s)"
    r"\b(?:offer(?:s|ed|ing)?|committ?(?:s|ed|ing)?|sen[dt]s?|sending|dispatch\w*|deploy\w*|"
    r"station)\s+(?:[\w,-]+\s+){0,4}?(?:warships?|frigates?|jets|fighters|aircraft|planes|ships|"
    r"vessels|helicopters|reinforcements|squadrons?|battalions?|contingents?|troops|soldiers|"
    r"forces|batteries|gendarmes)\b"
    r"(?![^;]{0,80}?\b(?:border|frontier|evacuat\w*|nationals|citizens|tourists|home|bases)\b)"
)
# Relief handed out on the ground (CAMEO 073): "began distributing rations", "was distributing
# emergency kits"
_AID_HANDED_OUT = (
    r"\bdistribut(?:e|es|ed|ing)\s+(?:[\w,-]+\s+){0,4}?(?:food|rations|kits|meals|biscuits|"
    r"water|aid|relief|supplies|medicines?|tents|blankets|tablets|seeds|vouchers|cash)\b"
)
# Relief carried in by air, road or hand: "had flown some 500,000 rations to Little Rock", "a
# C-130 loaded with medical supplies landed", "has begun taking medicines to villages", "repeated
# drops of water and ready meals", "had delivered intravenous fluids"
_AID_CARRIED = (
    r"\b(?:fl(?:y|ies|ying|ew|own)|brought|bring(?:s|ing)?|landed|loaded\s+with|"
    r"carr(?:y|ying|ied|ies)|drops?\s+of|tak(?:e|es|ing)|took|deliver\w*|truck\w*)\b[^;]{0,50}?"
    r"\b(?:rations|meals|food|water|blood|fluids|tablets|kits|pumps|generators|vaccines|doses|"
    r"medicines?|medical\s+(?:aid|supplies)|supplies)\b"
)
# Dismay at a plight, in words of its gravity: "was devastated by what she had seen", "stunned by
# the reach of the pirates", "received the news with deep consternation", "the situation was very
# serious", "the world was losing the battle", "hospitals were running out of blood", "children
# at risk of death", "saw great risks in military action", "famine conditions were spreading"
_PLIGHT = (
    r"\b(?:devastated|stunned|consternation|apprehension|desperate|apocalyptic|famine|"
    r"graveyard|losing\s+the\s+battle|running\s+out\s+of|(?:very|extremely)\s+serious|"
    r"most\s+serious\s+situation|(?:facing|looking\s+at)\s+(?:one\s+of\s+)?the\s+worst|"
    r"at\s+risk\s+of|(?:saw|see|sees|posed?|poses)\s+(?:[\w-]+\s+)?risks|on\s+the\s+brink)\b"
)
# Talks kept going or a forum for them favoured: "to keep the parties talking", "Europe needed
# France and Italy to talk to each other", "to bring them back to the table", "had kept channels
# open between the two sides", "favours an international conference with all parties"
_TALKS_KEPT_GOING = (
    r"\b(?:talk(?:ing)?\s+to\s+each\s+other|keep\w*\s+(?:the\s+)?(?:parties|sides|two\s+sides)"
    r"\s+talking|channels?\s+open\s+between|(?:bring|get|brought|got|bringing|getting)\s+"
    r"(?:[\w-]+\s+){0,3}?back\s+to\s+the\s+(?:negotiating\s+)?table|(?:favou?r\w*|propos\w*)\s+"
    r"(?:an?\s+|the\s+)?(?:new\s+)?(?:international|peace)\s+conference)\b"
)
# Blame laid, amends or a leader's exit demanded, a ruling or plan refused: "the Chinese leaders
# bore full responsibility", "the responsibility lay with the Iraqi leadership", "expected an
# apology", "expected full accountability", "the captain should step aside", "the explanations
# were not good enough", "waged in defiance of international law", "would never be accepted",
# "had never accepted the findings", "not in favour of this war", "withdrew its observers",
# "asking Israel's ambassador to leave", "should have been told", "had not been told in advance"
# (blame laid on terrorists or smugglers sides with their victims)
_BLAME_AND_DEMANDS = (
    r"(?<!terrorists\s)(?<!smugglers\s)(?<!attackers\s)(?<!gunmen\s)(?<!bombers\s)"
    r"(?<!perpetrators\s)(?<!killers\s)\b(?:bears?|bore|borne)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    r"responsibility\b|\bresponsibility\s+(?:lay|lies|rests?|rested)\s+with\b|"
    r"\b(?:expect\w*|demand\w*|want\w*|ask\w*\s+for)\s+(?:an?\s+)?(?:[\w-]+\s+)?apology\b|"
    r"\bmust\s+apologi[sz]e\b|\b(?:full|complete)\s+accountability\b|"
    r"\b(?:calls?|called|calling)\s+for\s+accountability\b|\buntil\s+there\s+(?:is|was)\s+"
    r"accountability\b|\b(?:should|must|to|would)\s+step\s+(?:down|aside)\b|"
    r"\bnot\s+good\s+enough\b|\binsufficient\b|\bin\s+defiance\s+of\b|\bat\s+odds\s+with\s+"
    r"(?:its|their|the)\s+(?:[\w-]+\s+)?(?:values|principles|rules|law|obligations)\b|"
    r"\bnot\s+in\s+favou?r\s+of\b|\bnever\s+accepted\b|\b(?:would|will)\s+(?:never|not)\s+be\s+"
    r"(?:accepted|tolerated)\b|\bwithdr[ae]w\w*\s+(?:its|their)\s+(?:[\w-]+\s+)?(?:observers|"
    r"monitors|observation\s+mission)\b|\bask\w*\s+(?:[\w'’-]+\s+){0,3}?(?:ambassador|envoy|"
    r"diplomats?)\b[^;]{0,40}?\bto\s+leave\b|\bshould\s+have\s+been\s+(?:told|informed|consulted|"
    r"warned)\b|\b(?:not|never)\s+(?:been\s+)?(?:told|informed|warned)\s+(?:in\s+advance|"
    r"beforehand)\b"
)
# A side stood by in its trial: "came to Pakistan's defence", "will be at Haiti's side", "stood
# firmly on the side of the Cuban people", "said they stood together against any attempt", "will
# not leave Dominica to face this alone", "would do everything it could for the victims"
_STOOD_BY = (
    r"\b(?:came|come|comes|coming)\s+to\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?defen[cs]e\b|"
    r"\bat\s+(?:[\w'’-]+['’]s|its|their|your|our)\s+side\b|\bon\s+the\s+side\s+of\b|"
    r"\b(?:stood|stand|stands|standing)\s+together\s+(?:against|with|in)\b|"
    r"\b(?:not|never|cannot|won['’]t)\s+(?:\w+\s+)?(?:leave|abandon)\s+[^;]{0,40}?\balone\b|"
    r"\bdo\s+(?:everything|all|whatever)\s+(?:it|we|they|he|she|I)\s+(?:can|could)\b"
)
# Mediation told as a deed (the acts table's CAMEO 04x): "a ceasefire arranged by the OAS", "the
# agreement was brokered by the OAU", "flew to Belgrade to try to broker a ceasefire", "to arrange
# a truce", "pressed on with a ceasefire plan", "telephoned both leaders", "appointed Cyrus Vance
# as his personal envoy"
_MEDIATION = (
    r"\b(?:(?:brokered|arranged|mediated)\s+by\b|broker\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:deal|agreement|accord|ceasefire|cease-fire|truce|compromise|settlement)\b|"
    r"arrang\w*\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:truce|ceasefire|cease-fire)\b|"
    r"press\w*\s+(?:on\s+with\s+)?(?:an?\s+|the\s+)?(?:new\s+)?(?:ceasefire|cease-fire|peace)\s+"
    r"plan\b|telephon\w*\s+both\s+(?:leaders|sides|presidents|governments|men|prime\s+ministers)\b|"
    r"(?:appoint\w*|nam(?:ed|es|ing))\s+[^;]{0,80}?\bas\s+(?:his\s+|her\s+|its\s+|an?\s+)?"
    r"(?:personal\s+|special\s+)?(?:envoy|facilitator|mediator)\b)"
)
# Costs held over a side: "weighing serious consequences for relations", "it would come with
# consequences for the Taliban", "reserves the right to respond", "would approve no new public
# financing", "favoured new measures targeting coal and oil", "ordered a review of every part
# of the relationship", "would not stand aside"; a boycott weighed ("would consider boycotting
# the games", "to decide whether to boycott"); a side's people barred from entry ("barred ten
# officials from entering its territory")
_COSTS_HELD_OVER = (
    r"\b(?:(?:serious|severe|grave)\s+consequences|(?:come|comes|came)\s+with\s+consequences|"
    r"reserv(?:e|es|ed|ing)\s+the\s+right\s+to\s+(?:respond|retaliate|act)|no\s+new\s+(?:[\w-]+\s+)?"
    r"(?:financing|loans?|aid|funding|credits?)|new\s+measures\s+(?:targeting|against|on)|"
    r"review\s+of\s+[^;]{0,60}?\b(?:relationship|eligibility|trade\s+preferences|aid\s+programmes?)|"
    r"(?:not|never)\s+[\"“]?stand\s+aside|"
    r"(?:consider\w*|weigh\w*|threaten\w*|decide\s+whether\s+to|mull\w*)\s+(?:an?\s+)?"
    r"(?:[\w-]+\s+)?boycott\w*|"
    r"(?<!be\s)(?:barred|bars|barring|bar)\s+(?!from\b)(?:[\w'’.-]+\s+){1,10}?from\s+entering)\b"
)
# Gladness or pride in an outcome, a court's ruling honoured, tribute paid: "said it was
# pleased", "proud of the divers", "would comply with the court", "paid tribute to"
_GLAD_OR_BOUND = (
    r"\bpleased\b|\bproud\s+(?:of|to)\b|\bpa(?:y|ys|id|ying)\s+(?:[\w-]+\s+)?tribute\b|"
    r"\b(?:would|will)\s+(?:\w+ly\s+)?(?:comply|abide)\s+(?:with|by)\b"
)

# What follows "horrified" when the horror is at a disaster, not a deed: "horrified by the scale
# of the disaster" (a worry), not "horrified by the shooting of defenceless people" (a judgement)
_HORROR_AT_A_DISASTER = (
    r"\s+(?:by|at)\s+(?:the\s+)?(?:scale\s+of\s+the\s+|news\s+of\s+the\s+)?(?:[\w-]+\s+)?"
    r"(?:disaster|loss|tragedy|earthquake|floods?|flooding|fires?|crash|accident|deaths?|"
    r"devastation|suffering|images?|scenes?|famine|hunger|starvation|plight|epidemic|outbreak|"
    r"situation|conditions|killings?)\b"
)
# Disapproval told without a verb of condemning: a deed called a betrayal, criminal, bad news,
# unbearable or out of the question, anger or scorn shown, a course "would be wrong", "cannot
# accept": "Havana radio called the break a betrayal", "Russia reacted with fury", "Paris made it
# plain that it disapproved of the raid", "Berlin had objected to going ahead"
_DISAPPROVAL = (
    r"\b(?:betray\w*|(?:war\s+)?criminal\b(?!\s+(?:court|tribunal|police|investigat\w*|"
    r"case|probe|code|law|justice|proceedings|charges|networks?|gangs?))|bad\s+news\s+for|"
    r"unbearable|depressing|incomprehensible|out\s+of\s+the\s+question|fury|furious|"
    r"scorn\w*|scathing|sharpest|blunter|frustrated|disapprov\w*|(?<!was\s)(?<!been\s)mock(?:ed|s|ing)|angry|"
    r"objected|(?:was|is|be|were|are)\s+(?:\w+ly\s+)?wrong|cannot\s+accept|"
    r"horrified(?!" + _HORROR_AT_A_DISASTER + r")|"
    r"(?:has|had|have)\s+(?:absolutely\s+)?no\s+place)\b"
)

# Disapproval shown by a deed of protest, or told by the tone of a side's line (the acts table's
# 161, and its rule that a line characterised is `other` unless it names a stance: a harsh line
# names one): "Oslo renewed its protests", "Lima protests to Quito", "left the summit in protest",
# "the delegates walked out", "Oman refused outright", "Kuwait rebuffed the request", "Ottawa has
# taken the hardest line", "Rome has been harsher", "the reaction in Cairo was bitter", "Quito has
# been the most hostile", "the most outspoken of the bloc against the verdict", "Madrid responded
# sharply", "was less forgiving of the decree", "called the move unhelpful"
_PROTEST_SHOWN = (
    r"\b(?:(?:its|their)\s+(?:[\w-]+\s+)?protests?\b(?!\s+(?:movements?|marches|camps?)\b)|"
    r"in\s+protest\b|protests?\s+to\s+(?-i:[A-Z])\w*|(?:note|letter)\s+of\s+protest|protest\s+note|"
    r"walk(?:ed|s|ing)?\s+out|walk-?outs?|rebuff\w*|"
    r"refus(?:ed|es)\s+(?:outright|flatly|point-blank|categorically)|"
    r"(?:flatly|categorically)\s+(?:refus|reject)\w*|"
    r"(?:hard|tough|harsh)(?:er|est)?\s+line|harsh(?:er|est|ly)|"
    r"(?:sharp(?:er)?|harsh|bitter|angry|stern|hostile|frosty|icy)\s+(?:response|reaction|rebuke|"
    r"reply|protest|note|attack|criticism)|"
    r"(?:respond\w*|react\w*|repl(?:y|ied|ies))\s+(?:very\s+|most\s+)?(?:sharply|harshly|"
    r"bitterly|furiously|coldly|frostily)|"
    r"(?:reaction|response)\s+(?:[^;]{0,30}?\s)?(?:was|has\s+been|had\s+been)\s+(?:[\w-]+\s+)?"
    r"(?:bitter|sharp|harsh|hostile|angry|frosty|icy)|"
    r"(?:most|more|openly|increasingly)\s+hostile|outspoken\b[^;]{0,40}?\bagainst|"
    r"less\s+forgiving|unforgiving|unhelpful|"
    # a meeting with a side called off, a complaint or case against it joined: "cancelled a
    # planned meeting with", "called off the talks", "joined the complaint", "would join any WTO
    # case" (a visit called off is as often for safety, amid the unrest, as in protest)
    r"(?:cancel+(?:ed|s|ing)?|call(?:ed|s|ing)?\s+off)\s+(?:a\s+|the\s+|his\s+|her\s+|its\s+|"
    r"their\s+)?(?:planned\s+|scheduled\s+|official\s+)?(?:meetings?|talks)\b|"
    r"join(?:ed|s|ing)?\s+(?:the|any|a|its|their)\s+(?:WTO\s+|legal\s+)?(?:complaint|case|"
    r"lawsuit|legal\s+action)s?)\b"
)

# One party asked to stop, lift or withdraw what it does (not fighting, which asks for
# restraint): "urged Israel to stop it", "urged Widodo to halt the executions", "called on Israel
# to end the occupation", "urged the government to lift them at once", "called on the Soviet
# Union to withdraw its troops"; an appeal to both sides, to all, or
# to states at large ("urged member states to lift such bans") is no judgement of one.
_ONE_PARTY_TOLD_TO_STOP = (
    r"\b(?:urg(?:e|ed|es|ing)|call(?:ed|s|ing)?\s+(?:on|upon)|ask(?:ed|s)?|press(?:ed|es|ing)?|"
    r"appeal(?:ed|s)?\s+to)\s+(?!(?:both|all|each|everyone|member\s+states|countries|states|"
    r"governments|donors|the\s+(?:two|parties|sides|warring|international))\b)"
    r"(?:[\w'’.-]+\s+){1,4}?to\s+(?:\w+ly\s+)?(?:stop|halt|cease|end|lift|withdraw|"
    r"pull\s+(?:back|out))\s+"
    # (forces pulled back from a border or a front line: de-escalation)
    r"(?![^;.]{0,40}\b(?:border|frontier|front\s*lines?|lines|barracks)\b)"
    r"(?!(?:at\s+once|immediately|now)\b)(?!(?:the\s+|its\s+|their\s+|his\s+|her\s+)?"
    r"(?:[\w-]+\s+)?(?:fighting|advance|hostilities|attacks?|offensive|bombardment|bombing|"
    r"shelling|firing|fire|violence|clashes|strikes|military|action|operations?|incursion|"
    r"raids?|campaign|war|assault|(?:travel\s+)?bans)\b)(?=[\w'’-])|"
    # the withdrawal of one side's forces asked for: "called for the immediate and unconditional
    # withdrawal of foreign troops from Afghanistan", "the pullout of foreign troops"
    r"\b(?:call(?:ed|s|ing)?\s+for|demand\w*|vot\w*\s+for|press\w*\s+for|urg\w*)\s+(?:the\s+|an?\s+)?"
    r"(?:[\w-]+\s+){0,4}?(?:withdrawal|pull-?out)\s+of\s+(?:all\s+)?(?:foreign|(?-i:[A-Z])[\w-]+)\s+"
    r"(?:[\w-]+\s+)?(?:troops|forces|soldiers)\b"
)

# A deed said to show what its doer is: "the incident showed the dangers of military activity",
# "the episode showed how Iran behaved outside the rules", "the refusal showed that Washington put
# politics first", "the killings showed the folly of the policy"; what a lesson is needed for
# ("showed the need for", "showed why") judges no one.
_SHOWN = (
    r"\s+(?:(?:has|had|have|clearly|only|again|also)\s+)?(?:show(?:s|ed|n)?|prov(?:es|ed)|demonstrat(?:es|ed)|"
    r"confirm(?:s|ed)|reveal(?:s|ed)|expos(?:es|ed)|underlin(?:es|ed))\s+"
    r"(?!(?:again\s+|once\s+more\s+)?(?:the\s+|a\s+)?(?:urgent\s+|pressing\s+)?(?:need|needs|necessity|"
    r"value|importance|why|danger\s+of|dangers\s+of|risks?\s+of)\b)"
    # (a worry borne out is still a worry: "the ruling confirmed its concerns")
    r"(?!(?:its|their|our|his|her|the|these|those|many)\s+(?:[\w-]+\s+)?(?:concerns?|fears?|worries|"
    r"doubts|suspicions)\b)"
)
_DEED_SHOWN = (
    r"(?:(?<=\bthe\s)|(?<=\bthis\s)|(?<=\bthat\s)|(?<=\bits\s))(?:incidents?|episode|refusal|raid|decision|downing|"
    r"killings?|shootings?|occupation|arrests?|affair|invasion|crackdown|hangings|executions|"
    r"deployment|seizure|annexation|bombings?|massacre|incursion|blockade)" + _SHOWN
)
# An outcome said to show good things of those who reached it: "the agreement showed that the
# Balkans could solve problems", "the outcome showed that quiet diplomacy could work", "the vote
# showed that democracy was deepening"
_OUTCOME_SHOWN = (
    r"(?:(?<=\bthe\s)|(?<=\bthis\s)|(?<=\bits\s))(?:outcome|agreement|accord|deal|settlement|vote|election|ruling|"
    r"judgment|judgement|referendum|transition|handover)" + _SHOWN
)
# An ally's defence bolstered without a word of stance (the acts table's "troops or arms sent to
# help a side"): "would increase its military presence in the Baltic Sea", "extended and
# increased its air-policing role over Poland", "would step up vigilance in the region",
# "placed experts at the disposal of the investigators"; not its own border guarded, nor a show
# of force near another's ("stepped up its naval presence off the coast").
_FORCES_BOLSTERED = (
    r"\b(?:increas\w*|step(?:s|ped|ping)?\s+up|reinforc\w*|boost\w*|strengthen\w*|extend\w*|"
    r"expand\w*|bolster\w*|launch\w*)\s+(?:and\s+\w+\s+)?(?:its\s+|their\s+|the\s+|an?\s+)?"
    r"(?:new\s+)?(?:[\w-]+\s+){0,2}?(?:military\s+presence|naval\s+presence|air[- ]policing|"
    r"air[- ]defen[cs]e|vigilance)\b"
    r"(?![^;.]{0,40}\b(?:border|frontier|own|near|around|off|along|close\s+to|state\s+of|"
    r"province\s+of)\b)|"
    r"\bat\s+the\s+disposal\s+of\b"
)
# A vote cast against a body's measure shields the side it targets: "China voted against",
# "Only the United States and Australia voted against", "South Africa also voted against" (most
# such measures condemn or punish one side).
_VOTED_AGAINST = r"\bvoted\s+against\b"
# A relief or mapping service switched on for the struck side (CAMEO 073): "activated its
# Copernicus rapid mapping service", "has activated a disaster assistance response team", "the EU
# Civil Protection Mechanism has been activated" (a joint defence pact invoked threatens instead)
_AID_ACTIVATED = (
    r"\bactivat\w*\s+(?:its\s+|the\s+|an?\s+)?(?:[\w-]+\s+){0,3}?(?:civil\s+protection|"
    r"(?:rapid\s+|satellite\s+)?mapping|(?:disaster|emergency)\s+(?:assistance|response|management)|"
    r"search-and-rescue|rescue|relief|humanitarian)\b|"
    r"\b(?:civil\s+protection|mapping|emergency\s+management|relief)\s+(?:mechanism|service)\s+"
    r"(?:has\s+|had\s+|have\s+)?(?:been\s+|was\s+)?activated\b"
)
# Rescuers at work for the struck side: "French navy divers worked for a week to recover bodies",
# "Turkish rescuers pulled a woman alive from a collapsed block", "the crews have rescued dozens"
_RESCUERS_AT_WORK = (
    r"\b(?:rescuers|divers|crews|firefighters|(?:rescue|relief|search)\s+teams?)\b[^;]{0,60}?"
    r"\b(?:work(?:s|ed)?\s+(?:in|for|through|on|at)\b|pulled\s+[^;]{0,30}?\balive\b|"
    r"recover(?:ed)?\s+(?:the\s+)?bodies\b|rescued\b|found\s+[^;]{0,30}?\balive\b)"
)
# A deed refused its standing or its means: "the agreements were not acceptable", "the European
# move had no legal force", "regarded the snapback as legally void", "would not allow its
# territory to be used for any operation against Cambodia", "refused to let American aircraft
# fly strike missions from its bases" (kept from both sides alike, it takes none: "to either side")
_REFUSED_OR_VOID = (
    r"\bnot\s+[\"“]?acceptable\b|\b(?:has|had|have)\s+no\s+(?:legal\s+)?(?:force|validity)\b|"
    r"\blegally\s+(?:void|null|invalid)\b|\bnull\s+and\s+void\b|"
    r"\b(?:(?:not|never)\s+(?:allow|let|permit)\s+(?:its|their)\s+(?:territory|airfields|air\s+bases|"
    r"bases|airspace|ports|soil)\b|refus\w*\s+to\s+(?:let|allow)\s+[^;]{0,40}?\b(?:fly|use)\b)"
    r"(?![^;.]{0,60}\b(?:either|both|any)\s+sides?\b)"
)
# Forces or teams kept at the side's service: "said its contingent would remain in the city",
# "its peacekeepers would stay as long as they were needed", "has kept its small contingent of
# about 100 soldiers in place", "kept its rescue teams in the state for two weeks" (kept behind a
# line or on a border, they hold a position, no side's)
_HELP_KEPT_IN_PLACE = (
    r"\b(?:troops|soldiers|contingents?|peacekeepers|forces|teams?|units|nurses|doctors|rescuers)\b"
    r"[^;]{0,40}?\b(?:would|will|to)\s+(?:stay|remain)\s+[\"“]?(?:in\s+(?:place|the\s+(?:city|country|"
    r"region|area|state|island|capital))\b|(?:for\s+)?as\s+long\s+as)|"
    r"\bkept\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:contingents?|troops|teams?|forces|soldiers|"
    r"nurses|doctors|rescuers)\b[^;]{0,40}?\b(?:in\s+place|in\s+the\s+(?:city|country|region|area|"
    r"state|island|capital))\b"
)
# Help held ready for the side, or work done with it for its good: "was ready to give any help
# the new authorities asked for", "ready to send more", "ready to share its experience with
# Poland", "was working with the French authorities to identify the victims", "would keep working
# with Denmark to protect its infrastructure" (observers or investigators held ready take no side)
_READY_TO_GIVE = (
    r"\b(?:ready|willing|prepared)\s+to\s+(?:give|send|offer|provide|share|deploy|supply|contribute|"
    r"lend|donate|receive)\b(?![^;]{0,40}?\b(?:observers|monitors|fact-finding|investigators|"
    r"inspectors|representatives?|envoys?|mediators?)\b)|"
    r"\bwork(?:s|ed|ing)?\s+with\s+(?:[\w'’-]+\s+){1,4}?to\s+(?:help|protect|identify|set\s+up|"
    r"rebuild|restore|repair|support|assist|recover|bring\s+(?:home|back))\b"
)
# An outcome or a proposal seen as a hope or a good move: "called the agreement a step in the
# right direction", "a good step", "a courageous step", "a glimmer of hope", "the best chance the
# world had", "the first real chance for peace", "a window of opportunity", "described the
# proposals as constructive" (a constructive role or talks asked for is an appeal to talk)
_HOPE_SEEN = (
    r"\b(?:step\s+in\s+the\s+right\s+direction|good\s+step|courageous\s+(?:step|choice|decision|move|"
    r"act)|(?:glimmer|signal|ray|sign)\s+of\s+hope|best\s+chance|real\s+chance|(?:historic|genuine|"
    r"unique)\s+(?:chance|opportunity)|window\s+of\s+opportunity|"
    r"constructive(?!\s+(?:role|talks|dialogue|engagement|approach|manner|spirit|way)))\b"
)
# The harm a deed does named in a phrase: "marked the end of democracy in Venezuela", "a risk to
# democracy", "the people have been robbed of their vote", "called the bombers enemies of the
# civilized world", "the killing had not helped those efforts"
_HARM_NAMED = (
    r"\b(?:end\s+of\s+democracy|(?:risk|danger)\s+to\s+(?:the\s+)?democra\w*|robbed\s+of\s+"
    r"(?:their|its|his|her)\s+(?:vote|votes|victory|election|freedom|rights)|enem(?:y|ies)\s+of\s+"
    r"(?:the\s+|every\s+|all\s+)?(?:[\w-]+\s+)?(?:world|humanity|peace|person|people|nation)|"
    r"(?:has|had|have|did)\s+not\s+helped?\s+(?:those|these|the|its|their)\s+(?:[\w-]+\s+)?"
    r"(?:efforts|cause|talks|process|negotiations))\b"
)
# Talks, a deal or a settlement ahead in the words that follow (see the help held out towards one)
_TOWARDS_TALKS = (
    r"[^;.]{0,60}?\b(?:talks|dialogue|negotiat\w*|mediat\w*|broker\w*|deal|solution|settlement|"
    r"ceasefire|truce|common\s+ground)\b"
)
# A judgement later in the sentence, which outweighs a word of grief or dismay before it
_JUDGEMENT_FOLLOWS = (
    r"(?![^;]*?\b(?:criticis|criticiz|condemn|no\s+excuse|accountab|dangerous|undermin|insult|"
    r"deplor|denounc))"
)
# (see the cue that reads it, after the appeals for restraint)
_ALL_SIDES_TO_KEEP_RULES = (
    r"(?:\b(?:urg(?:e|ed|es|ing)|call(?:ed|s|ing)?\s+(?:on|upon)|appeal(?:ed|s|ing)?\s+to|"
    r"ask(?:ed|s|ing)?|press(?:ed|es|ing)?|encourag\w*)\s+(?:all|both|everyone|each|"
    r"the\s+(?:two|parties|sides|rival|warring))\b[^;]{0,60}?\bto\s+|"
    r"\b(?:all|both)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:parties|sides|leaders)\s+(?:should|must|had\s+to|"
    r"needed\s+to|to)\s+)(?P<obj>respect|uphold|abide\s+by)\b"
    r"(?![^;,.]{0,40}?\b(?:results?|outcomes?|vote|votes|choices?|will\s+of|wishes|sovereign\w*|"
    r"territorial|independence|autonomy|verdict\s+of)\b)"
)

# Foreboding in the words newswires use for it (CAMEO 012, a pessimistic comment): unease
# ("apprehensive", "perturbed", "with trepidation", "nervous", "pessimistic"), a grim outlook
# ("the outlook was bleak", "gloomy"), a course for the worse ("was deteriorating", "worsening
# by the day", "on the verge of civil war", "could spiral out of control", "the risk of
# escalation"), and peace or stability put in danger ("threatened regional stability", "could
# destabilise the region": a danger foreseen, where "destabilising actions" judges a side).
_FOREBODING = (
    r"\b(?:apprehensive|perturbed|anxiety|anxieties|trepidation|nervous(?:ness)?|"
    r"pessimis(?:m|tic)|bleak|gloom(?:y|ier)?|deteriorat(?:e|es|ed|ing|ion)|"
    r"worsen(?:s|ed|ing)?|on\s+the\s+(?:verge|edge)\s+of|"
    r"(?:spiral\w*|spin\w*|get(?:ting)?|got(?:ten)?|slip\w*)\s+out\s+of\s+(?:control|hand)|"
    r"(?:risk|danger)s?\s+of\s+(?:an?\s+|further\s+|wider\s+|all-out\s+|renewed\s+)?"
    r"(?:escalation|war|conflict|civil\s+war|spillover|bloodshed|violence|famine|"
    r"humanitarian\s+(?:catastrophe|disaster|crisis))|"
    r"(?:(?<=remained\s)|(?<=remains\s)|(?<=very\s)|(?<=extremely\s)|(?<=highly\s))tense|"
    r"threaten(?:s|ed|ing)?\s+(?:the\s+)?(?:[\w'’-]+\s+)?(?:peace|stability|security)|"
    r"(?:could|might|may|would|risks?|risked|threatens?\s+to)\s+(?:further\s+)?"
    r"destabili[sz]e|"
    # a war widened, anger deepened, a shadow cast: "arguing that it could widen the war", "the
    # sentences risked deepening the anger", "had cast a shadow over the meeting"
    r"widen\w*\s+(?:the\s+)?(?:war|conflict|fighting)|risk(?:s|ed|ing)?\s+(?:deepening|widening|"
    r"worsening|inflaming|fuell?ing|provoking|prolonging)|cast\w*\s+a\s+(?:dark\s+|long\s+)?"
    r"shadow|"
    # a state of things called unsafe: "said the situation was fragile", "described the mood as
    # explosive", "the outlook looked grim", "a powder keg", "a time bomb", "ominous",
    # "unsettling", "disconcerting", "perilous" (a fragile truce or an explosive device named
    # is no judgement: the adjective is told of the state, after a verb of being)
    r"(?:is|was|are|were|be|been|remain(?:s|ed)?|look(?:s|ed)?|seem(?:s|ed)?|appear(?:s|ed)?|"
    r"as)\s+(?:\w+ly\s+|very\s+|so\s+|still\s+)?(?:fragile|grim|explosive)\b"
    r"(?!\s+(?:device|material|charge|ordnance))|powder\s*-?\s*kegs?|tinder-?box|time\s+bomb|"
    r"ominous\w*|unsettling|disconcerting|perilous|"
    # a course for the worse foreseen or under way: "could spill over into its neighbours",
    # "the violence might spread", "the crisis was deepening", "going from bad to worse", "was
    # sliding towards civil war", "risked plunging the region into chaos", "a downward spiral"
    r"(?:could|might|may|threatens?\s+to|threatened\s+to)\s+(?:\w+ly\s+)?(?:spread|escalate|"
    r"engulf|spill\s+over)|"
    r"(?:crisis|situation|conflict|violence|fighting|tensions?|unrest)\s+(?:was|is|were|are|"
    r"had\s+been|has\s+been)\s+(?:\w+ly\s+)?(?:deepening|escalating|intensifying|getting\s+worse|"
    r"growing\s+worse)|from\s+bad\s+to\s+worse|"
    r"(?:slid(?:e|es|ing)|slipp?(?:ing|s)|drift(?:s|ed|ing)|head(?:ed|ing)|lurch(?:es|ed|ing)|"
    r"descend(?:s|ed|ing)|plung(?:e|es|ing))\s+(?:further\s+|back\s+)?(?:towards?|into|for)\s+"
    r"(?:an?\s+|the\s+)?(?:full-scale\s+|all-out\s+|open\s+)?(?:chaos|war|civil\s+war|anarchy|"
    r"disaster|catastrophe|abyss|bloodshed)|downward\s+spiral|"
    # a danger named: "a dangerous escalation", "a frightening reminder" (a threat to peace or
    # "the danger of" a side's deeds named is as often a charge against that side)
    r"dangerous\s+(?:new\s+)?escalation|frighten(?:ing|ed)|"
    # one's own stake told with a negation that is the worry itself: "could not be indifferent
    # to the suffering", "cannot look on with indifference"
    r"(?:not|n['’]t|cannot)\s+(?:be|remain|stay|look\s+on)\s+(?:\w+\s+)?(?:indifferent|with\s+"
    r"indifference)|"
    # a harm hoped away: "hoped the change would not affect stability in the area", "hopes the
    # incident will not derail the talks"
    r"hop(?:e|es|ed|ing)\s+[^;]{0,60}?\b(?:would|will|could|might)\s+not\s+(?:\w+ly\s+)?"
    r"(?:affect|harm|damage|hurt|undermine|jeopardi[sz]e|endanger|threaten|disrupt|derail|"
    r"impair|spoil|sour))\b"
)

# Approval in the words newswires use for it (CAMEO 051, praise or endorse; 057, sign a formal
# agreement): gladness at an outcome ("was encouraged by", "heartened", "gratified", "delighted
# with"), an outcome called good ("a positive development", "an encouraging sign", "a
# milestone", "a major breakthrough", "gave its blessing"), a vote found clean ("had been free
# and fair"), a deed found right ("the strikes were justified"), a side stood behind ("firmly
# behind", "in favour of"), help vowed, a pact signed with a side ("signed a defence pact
# with the new government"), and a side's deed found within its rights.
_APPROVAL = (
    # (gladness is the speaker's own: "had been encouraged by its backers" blames the backers)
    r"\b(?:(?:(?<=was\s)|(?<=were\s)|(?<=felt\s)|(?<=very\s)|(?<=greatly\s)|(?<=much\s)|"
    r"(?<=deeply\s)|(?<=particularly\s))(?:encouraged|heartened|gratified)\s+(?:by|with|at|that)|"
    r"(?:heartened|gratified|delighted|buoyed)\s+(?:by|with|at|that)|"
    r"(?:positive|encouraging|welcome|hopeful)\s+(?:development|sign|signal|news|outcome|"
    r"progress|results?)|milestone|landmark\s+(?:agreement|accord|deal|decision|ruling)|"
    r"(?:a|an|major|real|important|historic|genuine)\s+breakthrough|"
    # (a deed done "with the blessing of" another blames that other)
    r"(?:gave|give|gives|giving|given)\s+(?:its|their|his|her)\s+(?:full\s+)?blessing|"
    r"(?:was|were|had\s+been|has\s+been)\s+(?:\w+ly\s+)?free\s+and\s+fair|"
    r"(?:was|were|is|are|been)\s+(?:\w+ly\s+)?(?:justified|justifiable)|"
    # (a vote in favour of a text takes the text's stance)
    r"(?:firmly|squarely|fully|solidly|wholly|entirely|unreservedly|four-square)\s+behind|"
    r"(?<!voted\s)(?<!vote\s)(?<!votes\s)(?<!voting\s)in\s+favou?r\s+of|"
    r"vow(?:s|ed|ing)?\s+to\s+(?:help|assist|support|stand\s+by)|"
    r"sign(?:s|ed|ing)?\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:defen[cs]e|security|"
    r"mutual|military|cooperation|co-operation|friendship|aid|assistance)\s+(?:pact|agreement|"
    r"accord|treaty)\s+with|"
    # a side's deed found within its rights, reassurance, courage, cooperation offered, refugees
    # accepted (a deed called "an internal matter" is most often a refusal to comment: other)
    r"within\s+(?:its|their|his|her)\s+(?:sovereign\s+|legal\s+|legitimate\s+)?rights?|"
    r"reassuring|courageous|(?:ready|willing|prepared)\s+to\s+co-?operate|"
    r"accept\w*\s+(?:[\w,-]+\s+){0,3}?refugees|keep\w*\s+(?:its|their)\s+doors\s+open)\b"
)

# Reproof in the words newswires use for it (CAMEO 111, criticise or denounce; 112, accuse):
# the verbs of attack ("hit out at", "lashed out at", "tore into", "took Qatar to task",
# "reproached", "railed against", "blasted the decision", "took a dim view of", "took issue
# with", "called into question"), disgust ("abhorred", "disgusted", "senseless"), a course
# judged unwise ("ill-advised", "misguided", "short-sighted", "a step backwards", "in the wrong
# direction", "a non-starter", "a travesty", "excessive force"), a rule or a word broken
# ("trampled on", "flouted", "broke its promises", "an affront to", "lost all credibility"), and
# blame laid by name ("held the army responsible", "called the shooting a massacre").
_REPROOF = (
    r"\b(?:(?:hit|hits|hitting|lash(?:ed|es|ing)?|lashing)\s+out\s+(?:at|against)|"
    r"(?:tore|tear|tears|tearing|laid|lay|lays|laying|rail(?:ed|s|ing)?)\s+into|"
    r"rail(?:ed|s|ing)?\s+against|(?:took|take|takes|taking)\s+(?:[\w'’.-]+\s+){1,4}?to\s+task|"
    r"reproach\w*|upbraid\w*|admonish\w*|pillor(?:y|ied|ies|ying)|vilif\w*|excoriat\w*|"
    r"derid(?:e|ed|es|ing)|ridicul(?:e|ed|es|ing)|"
    r"blast(?:ed|s|ing)\s+(?:the|a|an|its|their|his|her|(?-i:[A-Z]))|"
    r"(?:took|take|takes|taking)\s+a\s+(?:very\s+|rather\s+)?dim\s+view|"
    r"(?:took|take|takes|taking)\s+(?:strong\s+)?issue\s+with|found\s+fault|"
    r"call(?:ed|s|ing)?\s+into\s+question|disagree(?:d|s|ing)?\b|"
    r"abhor\w*|disgust\w*|senseless|ill-(?:advised|judged|conceived)|misguided|unwise|"
    r"short-?sighted|step\s+backwards?|backward\s+step|retrograde|"
    r"(?:in\s+)?the\s+wrong\s+direction|non-starter|travesty|excessive\s+(?:use\s+of\s+)?force|"
    r"trampl\w*|flout\w*|roughshod|affront|"
    r"(?:broke|broken|break(?:s|ing)?)\s+(?:its|their|his|her)\s+(?:own\s+)?(?:promises?|word|"
    r"pledges?|commitments?)|"
    r"lost\s+(?:all\s+|any\s+|its\s+|their\s+|whatever\s+)?credibility|no\s+place\s+for|"
    r"h[eo]ld(?:s|ing)?\s+(?:[\w'’.-]+\s+){1,4}?[\"“]?(?:directly\s+|fully\s+)?responsible|"
    r"(?:call(?:ed|s|ing)?|brand(?:ed|s|ing)?|describ(?:ed|es|ing)|term(?:ed|s)|"
    r"labell?(?:ed|s|ing)?)\s+(?:[\w'’-]+\s+){1,4}?(?:as\s+)?(?:an?\s+)?(?:[\w-]+\s+)?"
    r"(?:massacre|slaughter|murder|butchery|outrage|scandal|crime)|"
    # a course called cruel or high-handed, a side's true face shown, a hand in the deed
    r"unworkable|cruel(?:ty|ly)?|callous\w*|heavy-handed\w*|high-handed\w*|true\s+face|"
    r"connivance|complicit\w*|complicity|prisoners?\s+of\s+conscience|(?:used|using|fired|firing)\s+live\s+"
    r"(?:ammunition|rounds|bullets))\b"
)

# Pressure in the words newswires use for it (CAMEO 13x threaten, 16x reduce relations or aid):
# a hard answer promised ("would respond firmly to any aggression", "ready to use force"), a
# price named ("there would be a price to pay", "would face isolation", "take punitive
# measures"), help or a seat held back ("could cut off aid", "would block the loan", "would veto
# its membership", "blacklisted three firms"), ties put under review ("would reassess its
# relationship with the government"), and joint drills, training or visits called off.
_PRESSURE = (
    r"\b(?:respond\w*\s+(?:very\s+)?(?:firmly|forcefully|decisively|robustly|vigorously|in\s+kind)|"
    r"(?:ready|prepared|willing)\s+to\s+(?:use\s+(?:military\s+)?force|intervene\s+militarily)|"
    r"price\s+to\s+pay|(?:heavy|high|steep)\s+price|"
    r"(?:face|faces|faced|facing|risk(?:s|ed|ing)?)\s+(?:further\s+|international\s+|diplomatic\s+|"
    r"total\s+|growing\s+)?isolation|risk(?:s|ed|ing)?\s+(?:becoming\s+|being\s+)?isolated|"
    r"(?:take|takes|taking|took|impos\w*|adopt\w*)\s+punitive\s+(?:measures|steps|action)|"
    r"cut(?:s|ting)?\s+off\s+(?:[\w$€£.,'’-]+\s+){0,7}?(?:aid|assistance|funding|loans?|credits?|"
    r"payments|relations|ties|supplies)\b|"
    r"(?:block|veto)(?:es|ed|s|ing)?\s+(?:[\w'’-]+\s+){0,3}?(?:loans?|credits?|membership|"
    r"accession|aid|funding|application|bid)\b|"
    r"blacklist(?:ed|s|ing)\b|(?:on|to)\s+(?:its|their|the)\s+blacklist|"
    r"(?:reconsider|reass?ess|re-?evaluat|rethink)\w*\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:aid|assistance|relations|relationship|ties|cooperation|funding|partnership)\b|"
    r"(?:cancel+\w*|call(?:ed|s|ing)?\s+off|suspend\w*)\s+(?:the\s+|its\s+|their\s+|all\s+|"
    r"planned\s+|scheduled\s+)*(?:joint\s+)?(?:military\s+|naval\s+)?(?:exercises|drills|"
    r"manoeuvres|maneuvers)\b|"
    # training, visits or aid suspended: "was suspending its training courses for the army",
    # "suspended high-level visits", "the suspension of economic and military aid"
    r"suspen(?:d|ds|ded|ding|sion\s+of)\s+(?:[\w-]+\s+){0,4}?(?:training|visits?|"
    r"aid|assistance|loans?|credits?)\b|"
    # the other words of pressure (CAMEO 13x, 16x, 17x): help cut, held back or put under
    # review ("had already cut its aid", "would hold back new economic aid", "would review its
    # programme of military aid", "aid to the country should be reviewed"), visas revoked, a
    # member suspended or kept out ("suspended Fiji", "would not be allowed to take part in the
    # summit", "barred from its meetings"), a blockade imposed, a price promised ("must be made
    # to pay", "would pay dearly", "would not go unanswered", "put Ankara on notice", "would
    # hit back", "would react strongly"), and a defence promised to a side if it is attacked
    # ("would fulfil its treaty obligations if Jordan were attacked")
    r"(?:cut|cuts|cutting|reduc\w*|slash\w*|scal\w*\s+back)\s+(?:[\w'’$€£.,-]+\s+){0,5}?"
    r"(?-i:aid|assistance|funding|budget\s+support)\b|"
    r"h[eo]ld\w*\s+back\s+(?:[\w'’$€£.,-]+\s+){0,4}?(?:aid|assistance|funding|loans?|credits?|"
    r"payments)\b|"
    r"review\w*\s+(?:[\w'’-]+\s+){0,4}?(?:aid|assistance|co-?operation|programmes?\s+of\s+"
    r"(?:[\w-]+\s+)?aid)\b|(?:aid|assistance)\b[^;,]{0,30}?\b(?:be|being)\s+reviewed\b|"
    r"(?:revok|cancel+|withdr[ae]w)\w*\s+(?:the\s+)?(?:[\w-]+\s+)?visas\b|"
    r"suspended\s+(?-i:[A-Z])[\w-]+\b(?!['’]|\s+(?-i:[A-Z]))|"
    r"(?:was|were|has\s+been|had\s+been)\s+suspended\s+(?:from|by)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:bloc|organi[sz]ation|union|alliance|forum|community|commonwealth|"
    r"league|council|body)\b|"
    r"not\s+be\s+allowed\s+to\s+(?:take\s+part|attend|participate|compete)\b|"
    r"(?:barred|banned)\s+from\s+(?:[\w'’-]+\s+){0,2}?(?:meetings|summits?|competitions?|"
    r"tournaments?)\b|"
    r"(?:impos|declar|enforc|tighten)\w*\s+(?:an?\s+|the\s+|its\s+)?(?:[\w-]+\s+)?"
    r"(?:blockade|quarantine)\b|blockad(?:ed|es|ing)\b|"
    r"(?:made|make)\s+to\s+pay\b|pay\s+dearly|(?:would|will)\s+not\s+go\s+(?:unanswered|unpunished)|"
    r"put\s+(?:[\w'’-]+\s+){1,3}?on\s+notice|(?:would|will)\s+hit\s+back|"
    # (with a purpose told, "to protect the residents", "to de-escalate", an appeal or a plan)
    r"(?:take|takes|took|taking)\s+all\s+(?:the\s+)?necessary\s+(?:measures|action|steps)\b"
    r"(?!\s+to\b)|"
    r"react\w*\s+(?:very\s+)?(?:firmly|forcefully|decisively|robustly|vigorously|strongly)|"
    # (a help promised first decides: "would send arms to the rebels if they were attacked";
    # "to fight only if attacked" restricts, it promises nothing)
    r"(?<!only\s)\bif\s+(?:[\w'’-]+\s+){1,4}?(?:were|was|is|are)\s+(?:again\s+)?"
    r"(?:attacked|invaded)\b)"
)


def _one_of(*patterns: str) -> str:
    """One pattern that matches where any of `patterns` does."""
    return "|".join(f"(?:{p})" for p in patterns)


STANCE_CUES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (stance, re.compile(pattern, re.IGNORECASE))
    for stance, pattern in (
        (
            "concern",
            # (another's concerns acknowledged are not the speaker's: "Turkey had legitimate
            # security concerns", "Turkey's concerns were legitimate")
            r"\b(?:(?<!address\s)(?<!respective\s)(?<!legitimate\s)(?<!security\s)(?<!['’]s\s)"
            r"concerns?\b|"
            # "the parties concerned", "all concerned", "the governments concerned": those
            # involved, not a worry
            r"(?<!parties\s)(?<!party\s)(?<!sides\s)(?<!countries\s)(?<!states\s)"
            r"(?<!nations\s)(?<!those\s)(?<!authorities\s)(?<!all\s)(?<!everyone\s)"
            r"(?<!governments\s)(?<!government\s)(?<!leaders\s)(?<!people\s)(?<!peoples\s)"
            r"(?<!officials\s)(?<!members\s)(?<!agencies\s)(?<!communities\s)concerned|"
            r"concerned(?=\s+(?:about|by|over|at|that|for|with)\b)|worr(?:y|ied|ies|ying|isome)|alarm(?:ed|ing)?|troubl(?:ed|ing)|"
            r"dismay(?:ed)?|lament\w*|misgivings|reservations|doubts|sc?epticism|disturb(?:ed|ing)|disquiet|anxious|uneas[ey]|fear(?:s|ed)?|"
            # (a deed regretted is judged: see `_REGRETTED_DEED`)
            r"(?!" + _REGRETTED_DEED + r")regret\w*|"
            r"instability|arms\s+race|volatile|precarious|dire|"
            # (horror at a disaster is a worry; at a deed, a judgement: see `_DISAPPROVAL`)
            r"horrified(?=" + _HORROR_AT_A_DISASTER + r")|"
            # (a deed labelled a tragedy and judged in the same breath is judged: "called the
            # attack a tragedy for which there could be no excuse", "called the spill a
            # catastrophe and criticised the lack of controls", "a sad day ... a dangerous
            # precedent")
            r"(?:sad|catastroph\w*|calamit\w*|tragic|tragedy)\b"
            + _JUDGEMENT_FOLLOWS
            + r"|distress\w*|"
            # a grave situation worries; a grave breach is judged (criticism)
            r"grave(?!\s+(?:violation|breach|crime|insult|abuses?|(?:[\w-]+\s+)?(?:mistake|error)|provocation|"
            r"escalation\s+by)))\b",
        ),
        ("concern", _FOREBODING),
        # Shock or sadness voiced before an appeal or a worry is itself a worry ("was deeply
        # saddened and called for the war to end", "was shocked and hoped Pakistan would maintain
        # stability"); with no appeal it is sympathy (see `_SYMPATHY`). (Before the support
        # cues: at the same word, the cue listed first wins.)
        (
            "concern",
            r"\b(?:shocked|saddened|shaken)\b(?=[^;]*\b(?:urg\w*|call(?:ed|s|ing)?\s+(?:for|on|upon)|"
            r"ask(?:ed|s)?|appeal\w*|worried|hoped)\b)",
        ),
        (
            "support",
            r"\b(?:understood|understands|understand(?:ing)?)\s+(?:for\s+)?(?:[\w-]+['’]s\s+|"
            r"the\s+|its\s+|their\s+|his\s+|her\s+)?(?:concerns|position|decision|needs)\b",
        ),
        ("criticism", rf"\b{APPEAL}\b[^;]{{0,80}}?\b(?P<obj>{_REVERSAL_WORDS})"),
        # A demand that one party stop what it does is criticism; "both sides must stop
        # fighting" is an appeal for restraint.
        (
            "criticism",
            r"(?<!sides\s)(?<!parties\s)(?<!violence\s)(?<!fighting\s)(?<!hostilities\s)"
            r"(?<!bloodshed\s)(?<!clashes\s)\b(?:must|should|demand(?:ed|s|ing)?\s+(?:that\s+)?"
            r"(?!both\b|all\b|the\s+two\b)[^;]{0,60}?)\s*(?:\w+ly\s+)?"
            r"(?:stop|halt|cease|end|withdraw|pull\s+(?:back|out))\b",
        ),
        # An offer to bring the sides together is an appeal to talk.
        ("appeal-dialogue", r"\boffer\w*\s+(?:[\w-]+\s+){0,3}?as\s+(?:a\s+)?(?:venue|mediator)\b"),
        # Talks hosted or the sides brought together by a third party (CAMEO 04x): "Qatar
        # hosted a round of talks", "The AU brought the two delegations to Addis Ababa"
        (
            "appeal-dialogue",
            r"\b(?:host(?:ed|s|ing)|convened|brokered|facilitated)\s+(?:[\w-]+\s+){0,4}?(?:talks|"
            r"negotiations|dialogue)\b|\b(?:br(?:ought|ings?|inging))\s+(?:the\s+)?(?:two\s+|"
            r"both\s+|rival\s+|warring\s+)?(?:sides|delegations|parties|leaders|governments)\s+"
            r"(?:together|to\b)",
        ),
        (
            "appeal-dialogue",
            r"\b(?:ready|willing|prepared|offer\w*)\s+to\s+(?:help\s+(?:[\w-]+\s+){0,3}?)?(?:bring|"
            r"arrange|broker|mediate|host(?!\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:office|refugees|exiles|"
            r"embassy|base|bases|troops))|"
            r"facilitate|settle|resolve|arbitrate|with\s+(?:any\s+|an\s+|the\s+)?(?:agreement|talks|"
            r"negotiations|deal))\b",
        ),
        ("appeal-dialogue", rf"\b{APPEAL}\b[^;]{{0,120}}?\b(?P<obj>{_DIALOGUE_WORDS})"),
        # help held out towards a deal: "stood ready to support talks on the island", "ready to help
        # the government and the opposition reach a negotiated solution", "offered to help the two
        # sides find a deal"
        (
            "appeal-dialogue",
            r"\b(?:ready|willing|prepared|offer\w*)\s+to\s+(?:help|support|assist)\b(?="
            + _TOWARDS_TALKS
            + r")",
        ),
        # Backing a process of talks, or denying that arms can settle it, asks for talks:
        # "voiced support for a negotiated settlement", "there is no military solution".
        (
            "appeal-dialogue",
            r"\b(?:support(?:s|ed|ing)?|back(?:s|ed|ing)?)\s+(?:for\s+)?(?:the\s+|a\s+|any\s+|"
            r"all\s+)?(?:[\w-]+\s+){0,2}?(?:talks|dialogue|negotiations|mediation|"
            r"(?:negotiated|peaceful|political|diplomatic)\s+(?:settlement|solution))\b",
        ),
        ("appeal-dialogue", r"\bno\s+military\s+(?:solution|answer|option)\b"),
        # envoys sent to meet the sides: "sending his defence minister to Harare to meet"
        (
            "appeal-dialogue",
            r"\b(?:send\w*|sent|dispatch\w*)\b[^;]{0,120}?\bto\s+(?:meet|mediate|talk)\b",
        ),
        ("appeal-restraint", rf"\b{APPEAL}\b[^;]{{0,80}}?\b(?P<obj>{_RESTRAINT_WORDS})"),
        # Every side asked to keep the rules ("urged all leaders to respect the rule of law and
        # the courts", "calling on all parties to respect the court's decision", "asked both
        # sides to respect the old town"); one side asked is often judged by it, and a vote's
        # outcome respected backs its winner.
        ("appeal-restraint", _ALL_SIDES_TO_KEEP_RULES),
        ("appeal-restraint", r"\b(?:restraint|de-?escalat\w*|de-?confliction|moderation)\b"),
        ("threat", _CONDITIONAL_WARNING),
        # "warned it would not tolerate any change to the border"
        (
            "threat",
            r"\bwarn(?:ed|s|ing)?\s+(?:[^;]{0,60}?\s)?(?:would|will)\s+not\s+(?:tolerate|allow|"
            r"stand\s+(?:idly\s+)?by)\b",
        ),
        # help or ties made conditional on the other side's conduct
        (
            "threat",
            r"\b(?:partnership|aid|support|assistance|cooperation|relations|ties|funding|"
            r"membership)\s+(?:[\w-]+\s+){0,3}?(?:depend(?:s|ed|ing)?|conditional|contingent)\s+"
            r"(?:up)?on\b",
        ),
        # the speaker's own dealings with the side put in doubt: "could affect negotiations on
        # a free trade agreement", "should consider the events before approving further aid"
        (
            "threat",
            r"\b(?:could|would|may|might|will)\s+(?:\w+ly\s+)?(?:affect|jeopardi[sz]e|endanger|"
            r"complicate|derail|imperil|put\s+at\s+risk|hurt|harm)\s+(?:the\s+|its\s+|their\s+)?"
            r"(?:[\w-]+\s+){0,2}?(?:negotiations|talks|trade|agreement|deal|aid|assistance|"
            r"relations|ties|partnership|accession|membership|funding)\b|"
            r"\bbefore\s+(?:approving|releasing|granting|sending)\s+(?:any\s+)?(?:further|more|new)\s+"
            r"(?:[\w-]+\s+)?(?:aid|assistance|funding|support|loans?)\b",
        ),
        # "if steps were taken ..., the United States would ... act on them"
        (
            "threat",
            r"\bif\b[^;]{0,140}?\b(?:would|will)\s+(?:[\w\"“”-]+\s+){0,6}?(?:act|respond|"
            # ("if he did not comply, the resolution would be enforced through military action")
            r"retaliate|be\s+enforced|intervene)\b",
        ),
        # Blame borne, not laid: "We were accused of taking too long", "had come under
        # criticism for letting the events go ahead" (an agent named, "was condemned by France",
        # is that agent's criticism)
        (
            "other",
            r"\b(?:(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?(?:accused|criticised|criticized|"
            r"blamed)\b(?!\s+(?:\w+\s+)?by\b)|(?:came|come|comes|coming)\s+under\s+(?:[\w-]+\s+)?"
            r"criticism\b)",
        ),
        # Advice to one's own citizens is for their safety, no stance on the sides (the acts
        # table's "telling citizens to leave or stay indoors": other): "warned American citizens
        # to avoid demonstrations", "issued a similar warning to Americans", "raised the level of
        # their travel advice"
        (
            "other",
            r"\b(?:(?:warn\w*|advis\w*|told|tell\w*|urg\w*|ask\w*)\s+(?:its\s+|their\s+|the\s+)?"
            r"(?:[\w-]+\s+){0,2}?(?:citizens|nationals|visitors|travell?ers|tourists|Americans|"
            r"Britons|expatriates)\s+(?:to|not\s+to|against|of|that)|travel\s+(?:advice|advisory)|"
            r"message\s+to\s+(?:Americans|citizens)|similar\s+(?:warning|message))\b",
        ),
        # Care for one's own citizens caught up abroad is no help to a side: "was providing
        # consular assistance to the British citizens", "sending a team of consular staff"
        (
            "other",
            r"\b(?:provid\w*|offer\w*|sen[dt]\w*|deploy\w*|giv(?:e|es|ing)|gave)\s+(?:[\w-]+\s+){0,3}?"
            r"(?:consular|legal\s+aid)\b",
        ),
        # Denying a charge is no criticism of anyone: "rejected any suggestion that it was to
        # blame", "denied reports that".
        # Rejecting interference in a state's internal affairs defends that state.
        (
            "support",
            r"\b(?:reject\w*|oppos\w*|against)\s+(?:any\s+)?(?:foreign\s+|outside\s+|external\s+)?"
            r"interference\s+in\s+(?:the\s+|its\s+|their\s+)?internal\s+affairs|"
            # warning outsiders off a side defends it: "warned foreign powers not to interfere",
            # "would not accept outside attempts to destabilise Venezuela"
            r"\b(?:warn\w*|urg\w*|caution\w*|told)\s+(?:[\w-]+\s+){0,2}?(?:foreign|outside|"
            r"external|western)\s+(?:powers|forces|countries|governments|actors|players)\s+"
            r"(?:not\s+to|against)\s+(?:interfer\w*|meddl\w*|intervene\w*)|"
            r"\b(?:not\s+(?:accept|allow|tolerate)|reject\w*|oppos\w*)\s+(?:any\s+)?(?:foreign|"
            r"outside|external)\s+(?:attempts?|interference|meddling|pressure|efforts?)\b",
        ),
        # Brushing aside the criticism of a side defends it: "Russia rejected the criticism".
        (
            "support",
            r"\b(?:reject\w*|dismiss\w*|brush\w*\s+aside|shrug\w*\s+off)\s+(?:the\s+|this\s+|"
            r"such\s+|all\s+|(?:western|international|european)\s+)?(?:criticism|condemnation)\b|"
            # "dismissed the charges against its ally" (those against itself are denials)
            r"\b(?:reject\w*|dismiss\w*|brush\w*\s+aside|shrug\w*\s+off)\s+(?:the\s+|these\s+|"
            r"such\s+|all\s+)?(?:charges|accusations|allegations)\s+against\s+"
            r"(?!(?:it|itself|them|themselves|him|her|us|me)\b)",
        ),
        # A charge called groundless by the one it names is a denial (the acts table's
        # "denying one's own involvement": other): "said such allegations were baseless",
        # "calling the reports a fabrication", "what it called groundless accusations"
        (
            "other",
            # (charges brought against others and called baseless judge those who brought them:
            # "to free others detained on baseless terrorism charges")
            r"\b(?:allegations?|accusations?|claims?|reports|suggestions?)\b"
            r"(?!\s+against\s+(?!(?:it|itself|them|themselves|us|me)\b))[^;.]{0,40}?"
            r"\b(?:baseless|fabricat\w*|lies?|groundless|nonsense|worthless|unfounded)\b|"
            r"\b(?:baseless|groundless|unfounded)\s+(?:[\w-]+\s+)?(?:allegations?|accusations?|"
            r"claims?|reports)\b",
        ),
        # (the acts table's "denying one's own involvement": other) "Cairo rejected the
        # accusation", "rejected as baseless reports that", "dismissed claims by a senator that";
        # a named accuser's claims rejected ("dismissed Assange's claims"), or the charge called
        # names ("rejected the allegations as absurd"), judge the accuser
        (
            "other",
            r"\b(?:reject\w*|den(?:y|ied|ies)|dismiss\w*)\s+(?:as\s+[\w\"“”'’ -]{1,30}?\s+)?"
            r"(?:any\s+|all\s+|the\s+|such\s+|these\s+)?(?:(?![\w-]+['’]s\b)[\w-]+\s+){0,2}?"
            r"(?:suggestion|allegation|accusation|claim|report|charge)s?\b"
            r"(?!\s+as\b|\s+against\s+(?!(?:it|itself|them|themselves|him|her|us|me)\b))",
        ),
        # Talks told as held or opened are a fact, not an appeal for them: "had held several
        # rounds of technical talks", "formally opening accession negotiations"
        (
            "other",
            r"\b(?:held|holding|opened|opening|began|begun|resumed|concluded)\s+"
            r"(?:(?:several|two|three|four|a|the|its|their|first|new|further|technical|accession|"
            r"formal|rounds?|of)\s+){0,5}(?:talks|negotiations)\b"
            # (a third party's talks with both sides are go-between work: see `_GO_BETWEEN`)
            r"(?!\s+with\s+both\b)",
        ),
        # A refusal that lasts while the other side goes on: "would not conclude trade deals
        # while the fighting continued".
        (
            "threat",
            r"\b(?:would|will|could)\s+(?:not|oppose|block|withhold)\s+[^;]{0,80}?\b(?:while|until|unless|"
            r"as\s+long\s+as)\s+"
            r"(?:the\s+)?(?:fighting|attacks?|violence|hostilities|occupation|it|they|"
            r"[\w-]+\s+(?:went|go|goes|continued|continue|continues|persisted|persist))\b",
        ),
        (
            "threat",
            r"\b(?:robust|strong|strongest(?=\s+possible)|firm|united|decisive|swift|resolute|"
            r"forceful|vigorous|crushing)\s+"
            r"(?:possible\s+)?"
            r"(?:and\s+\w+\s+)?(?:response|reaction)\b",
        ),
        # Warning against violence or escalation asks for restraint; against anything else
        # ("warned Ankara against the purchase") it criticises.
        (
            "appeal-restraint",
            r"\b(?:warn|caution)(?:ed|s|ing)?\s+(?:[\w-]+\s+){0,3}?against\s+(?:any\s+|further\s+|an?\s+|"
            r"the\s+)?(?:violence|escalat\w*|bloodshed|(?:use|"
            r"threat)\s+of\s+force|military\s+action)\b",
        ),
        # (a travel warning is for one's own citizens: "warning against all travel": other)
        (
            "criticism",
            r"\b(?:warn|caution)(?:ed|s|ing)?\s+(?:[\w-]+\s+){0,3}?against\b"
            r"(?!\s+(?:all\s+|any\s+|non-essential\s+|unnecessary\s+)?(?:travel|trips)\b)",
        ),
        (
            "criticism",
            r"\b(?:condemn\w*|critici[sz]\w*|denounc\w*|reject\w*|deplor\w*|slamm?\w*|"
            r"decr(?:y|ied|ies)|blam\w*|accus\w*|unacceptable|outrage\w*|protested\b|"
            r"lambast\w*|rebuk\w*|dismiss\w*|summon\w*|illegal|irresponsible|provocati\w*|"
            # the other verbs of reproof: "censured the junta", "chided Ankara"
            r"censur\w*|chid(?:e|es|ed|ing)\b|castigat\w*|assail\w*|faulted\b|scold\w*|berat\w*|"
            r"repudiat\w*|"
            # a suspect or witness questioned is not called into question
            r"question(?:ed|s)(?!\s+(?:over|by\s+(?:police|prosecutors|investigators)|"
            r"as\s+(?:a\s+)?witness))|"
            r"setback|undermin\w*|disproportionate|repression|fraud\w*|"
            r"(?:not|never|declined\s+to|refus\w+\s+to)\s+(?:\w+\s+)?(?:recogni[sz]e|accept|meet)"
            # (goods, flights or people turned away are a measure, not a judgement)
            r"(?!\s+(?:any\s+|the\s+)?(?:flights|planes|aircraft|goods|imports|shipments|cargo)\b)|"
            r"(?:cannot|could\s+not)\s+be\s+(?:considered|accepted|tolerated)|appalling|"
            r"reprehensible|outrageous|illegitimate|no\s+right\s+to|disregard|inhumane?|"
            r"politically\s+motivated|no\s+legitimacy|"
            r"violence\s+(?:can|could|will|must)\s+never\s+be|"
            r"fail(?:ed|s)?\s+to|f(?:e|a)ll(?:en)?\s+short|"
            r"oppos(?:ed|es|ing)|violat\w*|dangerous|destabili[sz]\w*|(?:serious\s+)?blow\s+to|"
            r"no\s+justification|no\s+longer\s+tolerate|overreact\w*|answer\s+for|"
            # disagreement, or a deed measured against a rule or a partnership
            # (a deed that dismays or appals the speaker is judged: "deeply disappointed that
            # the vote went ahead", "shocked and appalled")
            r"deplorable|disappoint\w*|appalled|"
            r"(?:not|n['’]t|never)\s+(?:\w+\s+)?(?:agree|consistent|compatible|in\s+line|comply|"
            r"conform|"
            r"in\s+keeping)\s+with|inconsistent\s+with|incompatible\s+with|"
            r"no\s+longer\s+(?:a\s+|an\s+)?(?:[\w-]+\s+)?(?:partner|ally|friend)|"
            r"beyond\s+any\s+(?:[\w-]+\s+){0,2}?justification|"
            # words that judge what another party did
            r"sabotage|(?:an?|of)\s+terrorist\s+(?:attack|act)|absurd|stupid|insane|reckless|"
            r"aggressi\w*|blackmail|meddl\w*|unjustified|baseless|groundless|cynical|barbar\w*|"
            r"atrocit\w*|hijack\w*|piracy|critics\b|critical\s+of|neither\s+free\s+nor\s+fair|not\s+(?:been\s+)?free\s+(?:and|or|nor)\s+fair|"
            r"(?:lodg|fil|register)\w*\s+(?:a\s+|an\s+)?(?:[\w-]+\s+)?(?:protest|complaint|"
            r"representation)s?|"
            r"lack\s+of|hard\s+to\s+believe|"
            # the gravest charges, and words of contempt for a deed
            r"war\s+crimes?|crimes?\s+against\s+humanity|genocid\w*|ethnic\s+cleansing|"
            r"shameful|disgrace\w*|heinous|unjustifiable|indefensible|inexcusable|despicable|"
            r"sickening|abhorrent|vile|monstrous|odious|repugnant|contemptible|"
            r"cowardly|unprovoked|flagrant|blatant|egregious|"
            r"intimidat\w*|coerc\w*|bully\w*|hypocri\w*|breach(?:es|ed)?\s+of|"
            r"contrary\s+to|sp(?:oke|eaks?)\s+out\s+against|"
            r"could\s+have\s+been\s+(?:avoided|prevented)|dictator\w*|opposition\s+to|"
            r"critic\b|disinformation|misinformation|new\s+low|breach(?:es|ed)?\b|"
            r"(?:fundamentally\s+|deeply\s+|seriously\s+)?flawed|counter-?productive|inadequate|"
            # a vote or a verdict judged: "marred by irregularities", "arbitrary arrests"
            r"irregularities|marred\s+by|arbitrar\w*|unjust\w*|unfair\w*|"
            r"lack(?:s|ed|ing)?\s+(?:all\s+|any\s+)?(?:[\w-]+\s+and\s+)?(?:credibility|"
            r"consistency|transparency|substance)|(?:torture|ill-treatment)\b|"
            r"no\s+(?:plans?|intention)\s+(?:to|of)\s+recogni[sz]\w*|"
            r"no\s+(?:country|state|one|government)\s+(?:should|would|will|could)\s+recogni[sz]e|"
            r"dissatisf\w*|displeasure|indignation|"
            r"(?:cannot|could\s+not)\s+be\s+trusted|disrespectful|hurtful|insulting|"
            r"(?:not|never)\s+(?:been\s+)?consulted|without\s+(?:prior\s+)?(?:consultation|notice|warning)|"
            r"(?:lost|lacks?)\s+(?:all\s+|any\s+)?legitimacy|unpunished|endanger\w*|"
            r"attacks?\s+on\s+(?:[\w-]+\s+)?(?:democra\w*|freedom\w*|sovereignty|the\s+rule\s+of\s+"
            r"law|institutions)|"
            r"(?:not|never)\s+[\"“]?tolerate|act\s+of\s+(?:state\s+)?terror\w*|state\s+terror\w*|"
            # a vote or a claim judged false or rigged
            r"sham|farce|charade|rigged|propaganda|fabricat\w*|slander\w*|smear\w*|"
            r"false\s+(?:claims?|accusations?|allegations?|narrative)|"
            # reducing relations: "recalled its ambassador", "expelled two diplomats"
            r"(?:recall\w*|withdr[ae]w\w*|pull\w*\s+out)\s+(?:its|their|his|her|the)\s+"
            r"(?:[\w'’-]+\s+)?(?:ambassador|envoy|diplomats?|charg[eé]|attach[eé])s?|expel\w*|expulsions?|"
            # ("was breaking diplomatic relations with the new regime", "also suspended relations")
            r"persona\s+non\s+grata|(?:broke|broken|break(?:s|ing)?|sever(?:s|ed|ing)?|suspend(?:s|ed|ing)?)\s+"
            r"(?:off\s+)?(?:its\s+|their\s+|all\s+)?(?:diplomatic\s+)?(?:relations|ties)|"
            # blame laid: "agreed that Russia was responsible", "was highly likely responsible"
            r"(?:was|were)\s+(?:\w+ly\s+)?responsible\b(?!\s+for\s+\w+ing))\b",
        ),
        (
            "threat",
            r"\b(?:(?<!be\s)threaten(?:ed|s|ing)?|warn(?:ed|s|ing)?\b[^;]{0,100}?\b(?:consequences|"
            r"respond|response|retaliat\w*|sanction\w*|action|force|measures|pay|price|"
            r"instruments|options|accountable|isolat\w*|expulsion|hesitate|punitive|unanswered|unpunished)|sanction\w*|retaliat\w*|ultimatum|not\s+hesitate|"
            r"all\s+(?:the\s+)?(?:options|instruments|means|tools|levers)|red\s+line|"
            # costs promised, further steps weighed ("held to account", asked of those responsible
            # for violence, was tried: the gold of dev3 has it as no threat)
            r"impos\w*\s+(?:[\w-]+\s+)?costs|"
            r"(?:consider\w*|prepar\w*|weigh\w*|mull\w*)\s+(?:further|additional|punitive|"
            r"retaliatory)\s+(?:measures|steps|action)|"
            r"vow\w*\s+to\s+(?:respond|retaliate|hit\s+back|avenge)|"
            r"(?:not|never)\s+(?:simply\s+|just\s+)?stand\s+(?:idly\s+by|by|idle)|"
            r"(?:will|would)\s+(?:be|face|have|bear)\s+(?:\w+\s+)?consequences|"
            r"(?:possible|restrictive|counter)\s*"
            r"-?measures|declaration\s+of\s+war|(?:held|hold)\s+(?:\w+\s+){0,3}?accountable|"
            r"deterren\w*|(?:suspend\w*|froze|frozen|freez\w*|halt\w*|paus\w*|stopp\w*|"
            r"withh[oe]ld\w*)\s+"
            r"(?:[\w'’$€£.,-]+\s+){0,5}?"
            # money and ties held back: "halting development payments", "paused disbursements",
            # "suspended about $2.5 million in military aid", "froze any funds", "had frozen two
            # development projects", "would suspend all high-level exchanges"
            r"(?:aid|support|co-?operation|partnership|assistance|membership|participation|loans?|"
            r"funding|payments|"
            r"disbursements|grants|financing|credits?|funds|projects|programmes|programs|contacts|"
            r"exchanges|visa-free\s+(?:entry|travel)|euros|dollars|grant|money|spending)\b|suspend\w*\s+[^;]{0,40}?\bfrom\s+(?:all\s+)?(?:its\s+|the\s+)?"
            r"(?:activities|bloc|organi[sz]ation|union|alliance|body|council)|"
            r"(?:travel|visa|export|import|arms)\s+bans?\b|bann(?:ed|ing)\b|"
            r"embargo\w*|tariffs?|cut(?:s|ting)?\s+(?:\w+\s+)?ties|restrict\w*|measures\s+against|"
            # trade held back: "suspending the export of military equipment", "halted arms sales"
            r"(?:end(?:s|ed|ing)?|halt\w*|suspend\w*|stop(?:s|ped|ping)?|bann?\w*|paus\w*)\s+"
            r"(?:[\w-]+\s+){0,3}?(?:exports?|imports?|sales|deliver(?:y|ies)|shipments)\b|"
            # a licence withdrawn: "suspended the operating permit of the state carrier"
            r"(?:suspend\w*|revok\w*|withdr[ae]w\w*|cancel+\w*)\s+(?:the\s+|its\s+|their\s+)?"
            r"(?:[\w-]+\s+){0,2}?(?:permits?|licen[cs]es?|accreditation)\b|"
            r"(?:froze|freez\w*|frozen)\s+(?:[\w'’-]+\s+){0,3}?assets|"
            r"no\s+(?:more\s+|further\s+)?(?:arms\s+)?(?:exports|sales|deliveries)\s+(?:of\s+[\w\s-]+?\s+)?to\b|"
            r"\bwarn(?:ed|s|ing)?\s+(?:[^;]{0,60}?\s)?that\s+[^;]{0,40}?\b(?:could|would|will|may|might)\s+"
            r"(?:\w+ly\s+)?(?:close|halt|cut|suspend|impose|block|retaliate|sever|expel|freeze)\b|"
            r"(?:aid|support|assistance|cooperation|funding|funds|loans?)\s+(?:\w+\s+){0,3}?(?:to\s+be\s+)?(?:suspended|"
            r"frozen|halted|cut|withdrawn)|review\w*\s+(?:[^;]{0,40}?\bon\s+)?(?:its\s+|"
            r"their\s+)?(?:aid|assistance|"
            r"support|cooperation|relations|ties)|"
            # an ultimatum: "gave the soldiers seven days to", "give Ankara until September to"
            r"(?:not\s+rule\s+out|ruled?\s+nothing\s+out)\b[^;]{0,40}?\b(?:force|military|"
            r"sanctions|measures|action)|"
            r"(?:give|gave|given|giving)\s+(?:[\w-]+\s+){1,8}?(?:until\b|(?:\w+\s+)?"
            r"(?:days|hours|weeks)\s+to\b)|"
            # an ultimatum, and a warning of what an attack would bring: "Putin had one last
            # chance to show", "Iran warned that an attack would set the region on fire"
            r"(?:last|final)\s+chance\b|warn(?:ed|s|ing)?\s+that\s+(?:an?|any)\s+(?:[\w-]+\s+)?"
            r"(?:attack|strikes?|intervention|invasion|incursion|offensive|escalation)\s+would\b|"
            # a show of force: "held military drills near the frontier", "precision bombing drills"
            r"(?:military|naval|air|live-fire|bombing|missile|war)\s+(?:[\w-]+\s+)?(?:drills|exercises|"
            r"manoeuvres|maneuvers)\b(?!\s+with\b))",
        ),
        (
            "concern",
            r"(?<!travel\s)(?<!advisory\s)\bwarn(?:ed|s|ing)?\b(?!\s+(?:[\w-]+\s+){0,3}?against\s+"
            r"(?:all\s+|any\s+|non-essential\s+|unnecessary\s+)?(?:travel|trips)\b)",
        ),
        (
            "support",
            r"\b(?:(?<!-)support(?:s|ed|ing)?\b|(?<!-)back(?:ed|s|ing)\b(?!\s+by)|"
            r"back\s+(?:the|their|its|his|her|a|an)\b|welcom\w*|"
            r"solidarity|an?\s+relief\b|relieved|look(?:s|ed|ing)?\s+forward\s+to|appreciat\w*|"
            r"align\w*\s+(?:themselves\s+|itself\s+)?with|"
            r"(?:first|positive|important|welcome|vital|significant|crucial|major|key|landmark|"
            r"decisive)\s+step|step\s+forward|"
            # a side's deed found lawful: "was consistent with international law", "the law
            # allowed such operations" (found wanting, "not consistent with", criticises first)
            # (one asked for, "had to be carried out in line with", is no finding)
            r"(?:was|is|were|are)\s+(?:\w+ly\s+)?(?:consistent|in\s+line|in\s+keeping|compatible)\s+"
            r"with\s+(?:[\w'’-]+\s+){0,2}?"
            r"(?:law|policy|rules|charter|obligations|commitments)\b|"
            r"law\s+(?:allow|permit)(?:s|ed)\s+(?:such|the|this|these|its|their)\b|"
            r"recogni[sz]e\w*\s+(?:[\w.]+\s+){1,4}?as\s+(?:the\s+)?(?:interim\s+|acting\s+|rightful\s+)?(?:president|"
            r"winner|legitimate)|shoulder\s+to\s+shoulder|good\s+news|historic\s+(?:day|moment|step)|"
            r"good\s+day\s+for|(?:ready|willing)\s+to\s+work\s+with|(?:full\s+|complete\s+)?confidence\s+in|(?:not|never)\s+abandon|"
            r"respect\s+(?:the\s+)?(?:result|outcome|vote|will\s+of\s+the\s+people)|"
            r"no\s+evidence\s+of\s+(?:[\w-]+\s+)?(?:fraud|irregularities|wrongdoing|manipulation)|"
            # a safety finding, or an alliance's guarantee said to cover the party
            r"no\s+(?:[\w-]+\s+)?problems?\s+with|negligible\s+(?:[\w-]+\s+)?(?:impact|risk|effect)|"
            r"(?:treaty|commitments?|guarantees?)\s+(?:\w+\s+)?(?:extends?|appl(?:y|ies)|covers?)\s+to|"
            # naming a winner, or calling a deed lawful, endorses it
            r"(?:won|received|secured|obtained)\s+(?:by\s+far\s+)?the\s+most\s+votes|"
            # "Moscow recognised the result" (refusing to is criticism, found earlier at 'not')
            r"recogni[sz](?:ed|es|ing)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:result|outcome|victory|"
            r"government|authorities)\b|"
            r"(?:legitimate|justified|lawful|proportionate)\s+(?:answer|response|reaction|step|"
            r"decision|measure)|"
            # help in a side's defence: "helped Israel take down the drones", "helped intercept"
            r"help(?:ed|s|ing)?\s+(?:[\w-]+\s+){0,2}?(?:to\s+)?(?:intercept|shoot|take\s+down|"
            r"defend|repel|protect)\b|(?:ironclad|unwavering|unshakable|unshakeable|steadfast)\b|"
            # military backing of a side: joint drills, a reinforced presence
            r"joint\s+(?:military\s+|naval\s+|air\s+)?(?:training|exercises?|drills?|patrols?)|"
            r"join\w*\s+(?:[\w-]+\s+){0,5}?(?:for|in)\s+(?:joint\s+)?(?:military\s+|naval\s+|air\s+)?"
            r"(?:exercises|drills|manoeuvres|maneuvers)|"
            # arms delivered to a side
            # arms sent to a side: "Turkey sent drones to Baku"
            r"(?:sent|send\w*|deliver\w*|supplied|suppl(?:y|ies)|ship\w*)\s+(?:[\w-]+\s+){0,3}?"
            r"(?:drones|weapons|arms|missiles|tanks|ammunition|artillery)\s+to\b|"
            r"(?:transfer|deliver\w*|supply|supplies|sale)\s+of\s+(?:[\w-]+\s+){0,3}?(?:jets|weapons|"
            r"arms|missiles|tanks|aircraft|ammunition)|"
            # (not its own border: "reinforced its military presence in the northern state of")
            r"reinforc\w*\s+(?:its|their)\s+(?:military\s+|naval\s+)?presence"
            r"(?![^;.]{0,40}\b(?:border|frontier|state\s+of|province\s+of)\b)|share\w*\s+(?:\w+\s+){0,3}?(?:intelligence|information)|"
            r"(?:cooperat\w*|work|(?:take|takes|took|taking)\s+part)\s+(?:\w+ly\s+)?(?:with|in)\s+"
            r"(?:the\s+)?"
            r"(?:[\w-]+['’]s\s+|[\w-]+\s+){0,2}?(?:investigation|inquiry|probe)|"
            # an appeal for money to help the victims, and doors opened to those who flee
            r"(?:launch|issu|mak)\w*\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}appeal\s+(?:for|of)\s+(?:US)?[$€£]?[\d.,]+|"
            # help given: "would provide help to Syrians", "announced a further $100 million for",
            # "soldiers were helping to clear rubble"
            r"provid\w*\s+(?:[\w\"“”-]+\s+){0,3}?(?:help|aid|assistance|relief)\b|"
            # ("released €5.2 million in humanitarian funding", "increased its contribution to
            # £15 million")
            r"(?:announc|pledg|promis|donat|allocat|contribut|provid|gave|giv|releas|"
            r"increas\w*\s+(?:its|their)\s+contribution\s+to|rais\w*\s+(?:its|their)\s+aid\s+to)"
            r"\w*\s+(?:an?\s+|"
            r"(?:a\s+)?(?:further|another|additional|extra)\s+)?(?:US)?[$€£]\s?[\d.,]+\s*"
            # (a sum given needs no purpose told: "Canada announced $5 million and Australia")
            r"(?![^,;.]{0,25}\b(?:sanctions|fines?|tariffs|penalt\w*))|"
            r"help\w*\s+(?:to\s+)?(?:clear\s+(?:the\s+)?rubble|rescue|search\s+for\s+survivors|"
            r"evacuate\s+the\s+wounded)|"
            r"doors\W{0,2}\s+(?:were|are|is|remain\w*|would\s+(?:be|remain))\s+open|"
            r"open\w*\s+(?:its|their)\s+(?:doors|borders?)\s+to\b|"
            r"(?:took|takes|taken|taking)\s+(?:[\w-]+['’]s\s+|the\s+\w+\s+)?side\b|"
            # "threw its weight behind Baku", "rallied behind the government"
            r"thr(?:ew|own|ows|owing)\s+(?:its|their|his|her)\s+(?:full\s+)?weight\s+behind|"
            r"rall(?:y|ies|ied|ying)\s+(?:behind|around|to\s+(?:the\s+)?(?:side|defen[cs]e))|"
            # sympathy offered to a side in its grief (CAMEO 018): "called Erdogan to offer
            # condolences", "expressed its sympathy to the Chilean people", "declared mourning"
            r"condolences?\b|sympath(?:y|ies)|(?:national\s+)?mourning|"
            # relief teams sent or offered (CAMEO 073): "a 62-member search-and-rescue team has
            # landed", "a Saudi aid plane landed in Aleppo"
            # (a team sent to investigate is no help: "sent a team to investigate abuses")
            r"(?:sent|send\w*|dispatch\w*|deploy\w*|offer\w*)\b[^;]{0,50}?\b"
            + _RELIEF_TEAM
            + r"|"
            + _RELIEF_TEAM
            + r"\s+(?:has\s+|have\s+|had\s+)?(?:landed|arrived|reached|crossed)\b|"
            # help sent: "was among the first to send help"
            r"(?:sent|send|sends|sending)\s+(?:[\w-]+\s+){0,2}?help\b|"
            # "agreed with Britain's conclusions", "shared London's assessment"
            r"(?:agree\w*\s+with|shar\w*)\s+(?:[\w'’-]+\s+){0,2}?(?:conclusions?|assessment|"
            r"findings|analysis)\b|"
            # doors eased for those fleeing: "to ease visas for those fleeing"
            r"(?:eas|simplif|waiv|fast-track)\w*\s+(?:[\w-]+\s+){0,2}?visas?\b|"
            # refugees taken in: "hosts more than three million refugees"
            r"(?:host\w*|(?:took|take|takes|taken|taking)\s+in|shelter\w*)\s+(?!no\b)(?:[\w,.-]+\s+){0,4}?"
            r"refugees\b|"
            r"prais\w*|laud(?:s|ed|ing)?\b|hail(?:s|ed|ing)?\b|cheer(?:ed|s)\b|gratitude|grateful|endors\w*|(?:stands?|stood|standing)\s+[\"“]?(?:(?:firmly|fully|"
            r"squarely|resolutely|unequivocally)[\"”]?\s+)?(?:with|by(?!\s+(?:as|while|idly|for|to|at|ready)\b)|behind)|"
            r"sided\s+with|commend\w*|applaud\w*|thank\w*|congratulat\w*|respect(?:ed|s)\b|"
            # (a central bank defending its currency takes no side)
            # (the defendants of a trial are no one defended)
            r"defend(?!ants?\b)\w*(?!\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+)?(?:currency|currencies|peso|"
            r"krona|krone|hryvnia|rouble|ruble|lira|franc|pound|yen|won|baht|rupiah|ringgit|parity|"
            r"peg)\b)|pledg\w*|satisf\w*|(?:continue|ready)\s+to\s+"
            # (help to reach a deal is an appeal to talk: see `_HELP_TO_TALKS`)
            r"(?:help|assist|support)\b(?!"
            + _TOWARDS_TALKS
            + r")|committed\s+partner|safe\s+haven|path\s+to\s+citizenship|"
            r"(?:mobilis|mobiliz|allocat|earmark)\w*|offer\w*\s+the\s+use\s+of|"
            r"offer\w*\s+(?:(?!to\b)[\w-]+\s+(?:and\s+)?){0,3}?(?:personnel|to\s+send\b(?![^;]{0,30}\b(?:monitor\w*|"
            r"observ\w*|fact-finding|mission)\b)|"
            r"troops|aid|assistance|help)|(?:ready|willing|prepared)\s+to\s+(?:[\w-]+\s+){0,3}?"
            r"(?:assist\w*|aid)|(?:humanitarian|financial|emergency)\s+(?:aid|funding|"
            r"assistance|help)|(?:not|cannot)\s+(?:be\s+)?(?:left|leave\s+\w+)\s+alone|"
            # relief delivered: "sent planes with rescue workers", "flew in aid"
            r"(?:sent|send|sends|sending|fl[eo]w\w*|deliver\w*|dispatch\w*|airlift\w*|shipp\w*|carr\w*|"
            r"donat\w*)\b[^;]{0,50}?\b(?:aid|supplies|relief|rescue\s+(?:workers|teams)|rescuers|"
            r"firefighters|medics|doctors|"
            r"search\s+teams|field\s+hospitals?|medical\s+(?:teams|equipment|supplies)|medicines?|"
            r"tents|blankets|"
            r"emergency\s+funds)\b|shelter\s+(?:the\s+)?(?:arrivals|refugees|displaced|"
            r"families|survivors)|"
            r"(?:exercises|drills|operations|patrols|manoeuvres|maneuvers)\s+with\b|"
            # troops sent at a government's call, and a mission said to have succeeded
            r"(?:send|sent|sends|sending)\s+(?:about\s+|some\s+|up\s+to\s+|nearly\s+)?[\d,]+\s+"
            r"(?:[\w-]+\s+)?(?:troops|soldiers|peacekeepers)\b(?![^;]{0,40}\bborder)|"
            r"achieved\s+(?:all\s+)?(?:its|their)\s+(?:goals|objectives|aims)|"
            # money that makes up for another's harm
            r"fund\s+to\s+(?:invest|help|support|assist|compensate)|(?:ease|soften|cushion|offset)"
            r"\s+(?:the\s+)?(?:[\w-]+\s+)?(?:blow|burden|hardship|losses)|"
            r"(?:send|sent|sends|sending|deploy\w*)\b[^;]{0,60}?\bto\s+(?:help|assist|support|"
            r"reinforce|bolster|strengthen)|"
            r"(?:reaffirm|reiterat)\w*\s+(?:its|their|his|her)\s+(?:[\w-]+\s+)?commitment)",
        ),
        # "offered to host talks" is dialogue; "sat in on the talks" is not an appeal
        (
            "appeal-dialogue",
            r"(?<!\bon\sthe\s)(?<!\bin\sthe\s)(?<!\bat\sthe\s)(?<!\bof\s)(?<!\bof\sthe\s)"
            r"\b(?:dialogue|dialog|talks|negotiat\w*|mediat\w*|good\s+offices)\b",
        ),
        # "does not want the conflict to widen", "we don't want to see an escalation"
        (
            "appeal-restraint",
            r"(?:\bnot|n['’]t)\s+want\s+(?:[\w-]+\s+){0,4}?(?:widen\w*|escalat\w*|spread\w*)|"
            # "it is in no one's interest for this to turn into a military confrontation"
            r"\bno\s+one['’]s\s+interest\b[^;.]{0,40}?\b(?:confrontation|conflict|war|escalat\w*|"
            r"clash\w*|violence)\b|"
            r"(?:\bnot|n['’]t|cannot)\s+(?:need|afford)\s+(?:a\s+|another\s+)?(?:military\s+)?"
            # "could not afford to see its armies turn on each other"
            r"(?:war|conflict|confrontation|to\s+see\b)",
        ),
        # a part offered in easing the crisis: "willing to play a constructive role"
        ("appeal-dialogue", r"\b(?:constructive|mediating|positive)\s+role\b"),
        # when nothing else is said: the civilians' safety that must be kept is a worry
        (
            "concern",
            r"\b(?:safety|protection|security|rights)\b[^;.]{0,20}?\bof\s+(?:the\s+)?"
            r"(?:civilians|population|people)\b",
        ),
        ("support", r"\btrust(?:s|ed)?\s+(?:in\s+)?(?:the|its|their|his|her)\b"),
        # (the classes of one stance as one cue: the earliest of them is the earliest match of
        # their union, found in one pass over the sentence's places)
        ("support", _one_of(_SYMPATHY, _RECOGNITION, _HAILED, _HELP_SENT, _HELP_PROMISED)),
        ("support", _HELP_GIVEN),
        ("support", _OUTCOME_HOPED_WELL),
        ("support", _BACKING_WORDS),
        ("support", _one_of(_MONEY_GIVEN, _HELP_AT_WORK, _HELP_OFFERED, _COOPERATION)),
        ("support", _one_of(_FORCES_JOINED, _REFUGE, _TRIBUTE, _HELPED_OR_TRUSTED)),
        ("support", _one_of(_FORCES_SENT, _AID_HANDED_OUT, _AID_CARRIED)),
        (
            "support",
            _one_of(_GLAD_OR_BOUND, _STOOD_BY, _FORCES_BOLSTERED, _VOTED_AGAINST, _GOODWILL),
        ),
        (
            "support",
            _one_of(_AID_ACTIVATED, _RESCUERS_AT_WORK, _HELP_KEPT_IN_PLACE, _READY_TO_GIVE),
        ),
        ("support", _HOPE_SEEN),
        ("support", _APPROVAL),
        ("criticism", _one_of(_EXPLANATION_DEMANDED, _GROUNDLESS, _REGRETTED_DEED, _JUDGED)),
        ("criticism", _DEED_SHOWN),
        ("criticism", _one_of(_REFUSED_OR_VOID, _HARM_NAMED, _ACCOUNT_DEMANDED)),
        ("support", _OUTCOME_SHOWN),
        ("criticism", _one_of(_DISAPPROVAL, _ONE_PARTY_TOLD_TO_STOP, _BLAME_AND_DEMANDS)),
        ("criticism", _PROTEST_SHOWN),
        ("criticism", _REPROOF),
        ("threat", _one_of(_MEASURES_TAKEN, _COSTS_HELD_OVER, _PRESSURE)),
        ("concern", _PLIGHT),
        ("appeal-dialogue", _one_of(_GO_BETWEEN, _TALKS_KEPT_GOING, _MEDIATION)),
    )
)
