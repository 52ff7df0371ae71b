"""The one pass over a text that finds every rule's anchor: the patterns each name rule starts
from (a title before a name, a head word after capitalised words, "in"/"near" before a place,
a kinship word before a given name...), run together by one `StartIndex` and kept for the
last text, because several rules read the same anchors of the same text in turn.
"""

from __future__ import annotations

import re

from briefer.analysis.names.shapes import (
    BODY_LEADS,
    CAPWORD,
    EVENT_HEADS,
    FLAGS,
    KIN_WORDS,
    NAME,
    NOT_NAME_SUFFIX,
    ORG_HEADS,
    ORG_WORD,
    SP,
    TITLES,
    U,
)
from briefer.analysis.prefilter import Scan, StartIndex, kept_until_done

#: A title, perhaps more titles ("President His Highness Sheikh", "His Highness the Amir
#: Sheikh"; "Amir" only after "the", being a given name too: "Amir Yaron"), then the name.
TITLE_NAME_RE = re.compile(
    rf"(?={U})\b{TITLES}(?:{SP}+(?:the{SP}+Amir|(?:the{SP}+)?{TITLES}))*{SP}+(?P<name>{NAME})",
    FLAGS,
)
#: A short quoted nickname between two names: 'Jimmy "Barbecue" Chérizier'. Found from the
#: quote (a fast scan), then the names on either side are checked.
NICKNAME_RE = re.compile(r" [\"“][A-Z][^\"”\n]{0,29}[\"”] ")
ORG_HEAD_FIRST_RE = re.compile(
    rf"(?={U})\b(?P<org>(?:{ORG_HEADS}){SP}(?:of{SP}(?:the{SP})?|for{SP}(?:the{SP}|an?{SP})?)"
    rf"{ORG_WORD}"
    rf"(?:{SP}(?:and{SP}|of{SP}|for{SP}|the{SP}){{0,2}}{ORG_WORD}){{0,5}})",
    FLAGS,
)
EVENT_HEAD_RE = re.compile(rf"(?={U})\b(?:{EVENT_HEADS})\b", FLAGS)


PLACE_RE = re.compile(
    rf"\b(?:in|near|outside|around|across|at|In|Near|Outside|Around|(?:village|town|city|"
    rf"municipality|district|region|province|villages|towns|state|governorate|county|port|island|"
    rf"suburb|enclave|outskirts|capital){SP}of){SP}"
    rf"(?P<place>{CAPWORD}(?:{SP}(?:e|i|al|el)?{SP}?{CAPWORD}){{0,2}})",
    FLAGS,
)
LED_BODY_RE = re.compile(
    rf"(?<![\w'’-]){BODY_LEADS}(?![^\W_])(?:-(?!{NOT_NAME_SUFFIX})[^\W\d_]+)*"
    rf"(?:{SP}(?:(?:[a-z]{{1,3}})-)?{U}[^\W\d_]*(?:-(?!{NOT_NAME_SUFFIX})[^\W\d_]+)*){{0,3}}",
    FLAGS,
)


#: A lower-case noun after a name that makes the name a group's: "his Saraya al-Salam militia",
#: "the Ennahda party". Found from the noun (rare), then the name before it.
GROUP_NOUN_RE = re.compile(
    r" (?:militia|militias|movement|party|faction|group|rebels|guerrillas|militants|insurgents|"
    r"organi[sz]ation|sect|cult|"
    r"(?:rebel|militant|armed|terrorist|jihadist|extremist|separatist|insurgent|guerrilla|"
    r"paramilitary)\s(?:group|organi[sz]ation))\b"
)


HEAD_SCAN_RE = re.compile(rf"(?={U})\b(?:{ORG_HEADS})(?:\s(?:{ORG_HEADS}))?\b", FLAGS)


#: A relative named by given name alone ("his daughter Yulia", "Ortega's daughter Camila"):
#: found from the kin word; the name is the given name alone, no surname after it.
KIN_GIVEN_RE = re.compile(
    rf"(?:{'|'.join(sorted(KIN_WORDS))}) (?P<given>{CAPWORD})(?![\w'’-])(?!{SP}+{U})", FLAGS
)
#: Two relatives named with one family name: "two brothers, Huseyn and Ziyaddin Safarov".
FAMILY_PAIR_RE = re.compile(
    rf"(?:brothers|sisters|siblings|sons|daughters|twins|cousins|couple),?{SP}"
    rf"(?P<first>{CAPWORD}) and (?P<second>{CAPWORD}) (?P<family>{CAPWORD})(?![\w'’-])"
    rf"(?!{SP}+{U})",
    FLAGS,
)
#: The rules run over the whole text whose matches begin with literal words (titles, head words,
#: a quote or a noun after a space): one pass finds where all of them may begin, instead of a
#: regex search of every position for each (see `prefilter.StartIndex`).
_WHOLE_TEXT_RULES = StartIndex(
    (
        *(TITLE_NAME_RE, NICKNAME_RE, ORG_HEAD_FIRST_RE, GROUP_NOUN_RE, HEAD_SCAN_RE),
        LED_BODY_RE,
        *(EVENT_HEAD_RE, KIN_GIVEN_RE, FAMILY_PAIR_RE, PLACE_RE),
    )
)
_last_scan: Scan | None = None


def scan_anchors(text: str) -> Scan:
    """`text` scanned for the whole-text rules, once for the several rules that read it in turn
    (found by identity: `find_mentions` passes them the same string)."""
    global _last_scan
    last = _last_scan  # read once: another thread may replace it meanwhile
    if last is not None and last.text is text:
        return last
    scan = _last_scan = _WHOLE_TEXT_RULES.scan(text)
    return scan


def _forget_scan() -> None:
    global _last_scan
    _last_scan = None


kept_until_done(_forget_scan)
