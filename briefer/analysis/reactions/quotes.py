"""Quotations and their attribution: where reported words end and their speaker begins ('"...,"
said X', "..., a spokesperson said on Friday", 'X: "..."'), pull quotes, and a speaker named
in an aside (", as X put it")."""

from __future__ import annotations

import re

from briefer.analysis.verbs import SAY, alternation

_SOURCE_OF = re.compile(
    r"(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:statement|report|spokesperson|spokesman|"
    r"spokeswoman|official|officials|source|sources|communiqué|readout)\s+(?:from|by|of|for)\s+",
    re.IGNORECASE,
)
_ACCORDING = re.compile(r"\baccording\s+to\s+", re.IGNORECASE)
_INVERTED = re.compile(
    r"""[,"”]\s*""" + alternation(SAY | {"warned", "tweeted", "posted"}) + "$", re.IGNORECASE
)


def _inside_quote(text: str, pos: int) -> bool:
    """Whether `pos` lies inside quotation marks opened earlier in `text`, or before the
    closing mark of a quotation an earlier sentence opened ('We urge calm." — an official')."""
    before = text[:pos]
    if before.count("“") > before.count("”") or before.count('"') % 2 == 1:
        return True
    if QUOTE_MARK.search(before) is not None:
        return False
    return closes_open_quote(text, pos)


def closes_open_quote(text: str, pos: int = 0) -> bool:
    """Whether the first quotation mark in `text` from `pos` closes one opened before it: a
    closing curly mark, or a straight one of which `text` holds an odd number."""
    first = QUOTE_MARK.search(text, pos)
    return first is not None and (
        first.group(0) == "”" or (first.group(0) == '"' and text.count('"') % 2 == 1)
    )


QUOTE_MARK = re.compile(r"""["“”]""")
# An attribution closing the sentence: ", U.S. Central Command said on Friday."
_TOLD_LAST = re.compile(
    r",\s+[^,;\"“”]{1,80}?\s(?:said|says|reported|confirmed|added)(?:\s+[^,;\s]+){0,5}\s*[.!?]?\s*$"
)


# At most this many words follow a verb that closes a sentence of reported words ("..., a
# spokesperson said in Brussels on Friday").
_ATTRIBUTION_TAIL_WORDS = 6
# The end of reported words before their speaker: a comma or quote, then a few title words.
# An attribution that goes on with more words of the speaker: '..., Rubio wrote on X, adding
# that ...': the words before it are the speaker's too.
_ADDING_AFTER = re.compile(
    r"(?:\s+[\w.'’-]+){0,5}?\s*,\s+(?:adding|saying|noting|stressing|insisting|warning|and\s+added)\b",
    re.IGNORECASE,
)
_REPORTED_BEFORE = re.compile(r"""[,"”’']\s*(?:[\w.'’-]+\s+){0,6}$""")
_QUOTED_BEFORE = re.compile(r"""(?:,["”]|["”],)\s*(?:[\w.'’-]+\s+){0,6}$""")
_WHO_BEFORE = re.compile(r",\s+who\s+(?:(?:also|had|has|\w+ly)\s+)*$", re.IGNORECASE)
_WHICH_BEFORE = re.compile(r"\b(?:which|what|as)\s+(?:the\s+)?$", re.IGNORECASE)
# "Kallas, the EU's top diplomat, is blunt:": how plainly the quotation after the colon is said
_PLAIN_SPOKEN = re.compile(
    r"(?:['’]s(?:\s+[\w-]+){1,4}\s*,)?\s*(?:is|was|are|were)\s+(?:\w+ly\s+)?(?:blunt|clear|"
    r"unequivocal|categorical|direct|frank|firm|adamant|emphatic|defiant|scathing)\s*"
)
_COLON_QUOTE = re.compile(r"^(?P<who>[^;\"“”]{2,100}?):\s*[\"“]")
_LABEL_OPENING = re.compile(r"^\s*(?P<label>[^:;,.\"“”]{2,60}):\s+(?=[A-Z\"“])")
# (or its last sentence, closing a quotation opened before: 'We want the truth." — a Kazakh
# official'; the signer may be unnamed: "— a Singapore official, who asked not to be named")
_PULL_QUOTE = re.compile(r"""^\s*["“]?[^"“”]{3,}["”]\s*[—–]\s*(?=[A-Z]|an?\s|the\s)""")
# A speaker named in an aside: ", as X put it", ", which X hopes", "what X called".
_AS_SPEAKER = re.compile(
    r"(?:^|[,;]\s*|\s)(?:as|which|what)\s+(?P<who>(?:the\s+)?(?:(?P<office>Secretary-General)|"
    r"(?-i:[A-Z])[\w'’.-]*(?:\s+[\w'’.-]+){0,5}?))\s+(?:also\s+)?"
    r"(?:put\s+it|said|says|noted|notes|hopes|hoped|believes|believed|fears|feared|"
    r"(?:called|calls|described|describes|termed|terms|sees|saw)\s+it|warned|warns)\b",
    re.IGNORECASE,
)


# A sentence opening on a quotation closed before its attribution: '"...," said X, ...'.
_QUOTE_THEN_ATTRIBUTION = re.compile(r"""^\s*["“](?P<words>[^"“”]{3,}?)["”]\s*,?\s*""")
# The attribution after such a quotation that names its speaker by a pronoun: '..." he said'.
_PRONOUN_ATTRIBUTION = re.compile(
    r"(?:(?:he|she|they)\s+(?:\w+ly\s+|also\s+|then\s+)?"
    + alternation(SAY | {"warned", "insisted", "stressed", "noted", "argued", "explained"})
    + r"|"
    + alternation(SAY | {"insisted", "stressed", "noted", "argued", "explained"})
    + r"\s+(?:he|she|they))\b",
    re.IGNORECASE,
)
