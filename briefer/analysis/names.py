"""Rules for names no list knows: people, organisations, places, events and vessels, and later
bare surnames resolved to the full name seen in the same text.

- People: after a title ("President", "Gen.", "Mr."), after a lower-case role ("spokesperson
  Jane Doe"), seen speaking ("Jane Doe said", "said Jane Doe"), in apposition ("Jane Doe, the
  mission's spokesperson"), in bylines ("By Jane Doe", "Reporting by"), starting with a common
  given name (data/given_names.txt: "the death of Hugo Chávez"), or shaped like a name ("Park
  Geun-hye", "Hardeep Singh Nijjar"); a quoted nickname inside stays out of the canonical name
  ('Jimmy "Barbecue" Chérizier'). A month after a given name is a surname ("Theresa May"); a
  party's adjective or a known body before a title is no part of the name ("Republican Senator
  Lindsey Graham", "United Nations Secretary-General António Guterres"). Relatives named by
  given name alone ("his daughter Yulia") are found for `entities` to give the family name.
- Organisations: capitalised words before a head word ("Serbian Progressive Party", "Kosovo
  Police", "Foreign Ministry", "People's Liberation Army") or a head word with "of"/"for"/"on"
  ("Ministry of Defence", "Forces for the Liberation of Rwanda"); a speaker described as a group
  in apposition ("Jaish al-Adl, a militant group, said"). A body of a known organisation speaks
  for it ("the Famine Review Committee of the IPC", "OAS Permanent Council").
- Places: capitalised words after "in", "near", "outside", "the village of"...
- Events: "Brussels Agreement", "Kosovo War" (so the capital inside is not its government),
  "Black Sea Grain Initiative", "Operation Protective Edge".
- Vessels (FAC, never actors): after a prefix or a vessel noun ("USS Ronald Reagan", "the survey
  ship Oruç Reis"), and the other mentions of the same ship.

Names never run over a line break.

Every rule is anchored on a cue, because capitalisation alone is a poor signal in English:
sentence starts, months, weekdays, "Western" and headline case are all capitalised (lines in
title case are left to the gazetteer, see `headline_lines`). Candidates from these rules rank
below the gazetteer; `entities.find_mentions` merges them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from importlib import resources
from typing import Any, NamedTuple

import ahocorasick

from briefer.analysis.prefilter import Scan, StartIndex
from briefer.analysis.verbs import ANNOUNCE, ATTITUDE, EMPHASISE, SAY, alternation


class Found(NamedTuple):
    """A candidate mention before merging; `rank` breaks ties between sources (higher wins)."""

    start: int
    end: int
    canonical: str
    type: str
    rank: int


RANK_VESSEL = 4
RANK_GAZETTEER = 3
RANK_RULE = 2
RANK_SURNAME = 1
RANK_SPACY = 0

# -- character classes ------------------------------------------------------------------------


def upper_letters(first: int, end: int) -> str:
    """The upper-case letters from code point `first` up to (not including) `end`."""
    return "".join(ch for ch in map(chr, range(first, end)) if ch.isupper() and ch.isalpha())


#: Upper-case letters of the Latin (with Extended Additional), Greek and Cyrillic scripts
#: (Python's `re` has no \p{Lu}).
UPPER = upper_letters(0x41, 0x530) + upper_letters(0x1E00, 0x1F00)
_U = f"[{re.escape(UPPER)}]"
_APOS = "['’]"

#: Lower-case particles joined by a hyphen: al-Sisi, el-Sisi, bin-Zayed, ul-Haq.
HYPHEN_PARTICLES = "al|el|ad|ar|as|ash|at|az|ud|ul|bin|ben|abu"
#: Lower-case particles standing alone inside a name: bin Salman, von der Leyen, da Silva.
SPACE_PARTICLES = (
    "al|el|bin|ibn|bint|ben|abu|van|von|de|da|di|du|del|della|der|den|la|le|dos|das|ter|zu"
)
PARTICLES = f"{HYPHEN_PARTICLES}|{SPACE_PARTICLES}"
#: Particles meaning "son/daughter of": the word after one names the father ("Mohammed bin
#: Salman" is the son of King Salman), so alone it is no short form of the son's name.
PATRONYMIC_PARTICLES = frozenset(("bin", "ibn", "bint", "ould"))
#: One capitalised word: Vučić, O'Brien, Jean-Pierre, Al-Sisi, McDonald.
_NOT_NAME_SUFFIX = r"(?:led|based|born|backed|run|style|era|owned|made|bound|speaking|held|type)\b"
_CAPWORD_TAIL = (
    rf"\w*(?:{_APOS}(?:{_U}\w*|[a-z]{{2,}}))*"  # O'Brien; Arabic Ra'ad, Sa'ad, Jama'at
    rf"(?:-(?:{_U}\w*|(?!{_NOT_NAME_SUFFIX})[a-z]{{2,5}}\b))*"
)
CAPWORD = rf"{_U}{_CAPWORD_TAIL}"
#: An initial or initials inside a name: "W.", "J.D.", "F." (George W. Bush, J.D. Vance).
_INITIALS_TAIL = rf"\.(?:-?{_U}\.)*(?!\w)"
INITIALS = rf"{_U}{_INITIALS_TAIL}"
#: A word inside a name: a capitalised word, an initial, "Jr.", "al-Sisi", or particles then a
#: capitalised word ("bin Salman", "von der Leyen").
#: Capitalised particles that join the next word in Arabic and Sahelian names, counted with it
#: as one word of the name: "Sabah Al Ahmad Al Jaber Al Sabah", "Mohamed Ould Ghazouani".
CAP_PARTICLES = "Al|El|Bin|Bint|Ibn|Ould|Ag"
NAME_WORD = (
    rf"(?:Jr\.|Sr\.|{INITIALS}|(?:{HYPHEN_PARTICLES})-{CAPWORD}"
    rf"|(?:(?:{SPACE_PARTICLES}) ){{1,2}}{CAPWORD}|(?:{CAP_PARTICLES}) {CAPWORD}|{CAPWORD})"
)
_ROMAN = r"(?: (?:II|III|IV|VI|VII|VIII|Jr\.|Sr\.))?"
_NAME_START = rf"(?:{INITIALS}|{CAPWORD})"
NAME = rf"{_NAME_START}(?: {NAME_WORD}){{0,3}}{_ROMAN}"
_INITIALS_RE = re.compile(rf"{INITIALS}|Jr\.|Sr\.")

_TOKEN_RE = re.compile(r"\S+")

# -- word lists -------------------------------------------------------------------------------


def words(text: str) -> list[str]:
    """A word list written as running text (easier to read and extend than a literal)."""
    return text.split()


MONTHS = words(
    """
    January February March April May June July August September October November December Jan
    Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
    """
)
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

#: Capitalised words that are never (part of) an entity name found by the rules.
STOPWORDS = frozenset(
    MONTHS
    + WEEKDAYS
    + words(
        """
        The A An This That These Those There Then Thus Here It Its He She They We I You His Her
        Their Our My Your Who What When Where Why How Which While Whilst If But And Or Nor So Yet
        For As At By In On Of To From With Without After Before During Since Until Under Over
        Between Among Against Despite Although Though Because However Meanwhile Moreover
        Furthermore Nevertheless Still Also Only Even Just Now Today Tonight Yesterday Tomorrow
        Earlier Later Last Next First Second Third Both Each Every All Some Many Most Several Few
        Other Another Such No Not Neither Either According Asked Speaking Following Amid Around
        About Across Along Near Inside Outside Time Times Western Eastern Northern Southern
        Central West East North South Union New Old Christmas Easter Ramadan Eid Orthodox Catholic
        Sunni Shia Mr Mrs Ms Dr Sir Madam Prof Breaking Update Updated Analysis Opinion Editorial
        Comment Exclusive Live Photo Video Watch Read More Related See Note Source Sources
        Reporting Editing Writing Additional Copyright Government Officials Police Army Ministry
        Minister President Prime Secretary Spokesperson Spokesman Spokeswoman General Council
        Office Party Parliament Assembly Court Committee Commission Agency Mission Forces Force
        State States Republic Kingdom Department Affairs Foreign Defence Defense Interior Justice
        Finance Economy Health Security Chief Director English French German Russian Spanish
        Arabic Chinese Serbian Albanian Turkish Ukrainian Internet Web Online Twitter Facebook
        Telegram YouTube Instagram TikTok X Google Apple Yes Please Thanks Thank God Lord Perhaps
        Maybe Indeed Instead Otherwise Overall Finally Nonetheless Accordingly Elsewhere
        Altogether Recently Currently Previously Separately Several Nearly Almost Roughly Around
        Approximately Despite Unlike Like Per Via
        """
    )
)

#: Head words that make the capitalised words before them an organisation. Companies' words
#: count too: Japanese ones ("Shoei Kisen Kaisha", "Mitsubishi Jukogyo", "Toyota Tsusho"), and
#: "Air" or "Aviation" ending a name ("Qazaq Air"; `LAST_ONLY_HEADS`).
ORG_HEADS = (
    "Ministry|Party|Council|Agency|Commission|Front|Movement|Army|Forces|Force|Police|Committee|"
    "Assembly|Parliament|Court|Tribunal|Union|Alliance|Institute|Bank|Office|Mission|Corporation|"
    "Group|Company|Organisation|Organization|Association|Federation|Foundation|Fund|Authority|"
    "Service|Services|Guard|Brigade|Battalion|Regiment|Militia|Coalition|Congress|Senate|Cabinet|"
    "Secretariat|Directorate|Department|Bureau|Board|Centre|Center|University|Church|Patriarchate|"
    "Network|Society|Trust|Watch|Monitor|Observatory|Endowment|Programme|Program|Administration|"
    "Prosecution|"
    "Chamber|Chambers|League|Conference|Forum|Partnership|Academy|Inc\\.|Ltd|Ltd\\.|Corp\\.|LLC|AG|"
    "SA|Media|News|Times|Post|Herald|Gazette|Television|TV|Radio|Press|House|Unit|Units|Brigades|"
    "Fleet|Navy|Airlines|Airways|Motors|Cartel|Jamaat|Jamath|Jama'at|"
    "Kaisha|Kabushiki|Kogyo|Jukogyo|Sangyo|Tsusho|Shosen|Kaiun|Seiyaku|Denki|Air|Aviation|"
    "Procuratorate|Shipping|Petroleum|Marine|Energy|Oil|Logistics"
)
#: Head words that make a name only as its last word: "Qazaq Air", "Korean Air", but not the
#: "Air" of "Royal Air Maroc" or "Air Marshal", nor the "Aviation" of "Aviation Week".
LAST_ONLY_HEADS = frozenset(
    ("Air", "Aviation", "Shipping", "Petroleum", "Marine", "Energy", "Oil", "Logistics")
)
#: Connectors allowed inside an organisation name: "Ministry of Foreign Affairs and Trade".
#: Whitespace inside a name: a space or tab, never a line break (paragraphs are apart).
_SP = r"[^\S\n]"
_ORG_LINK = rf"(?:of|for|on|and|the|de|&|of{_SP}the|for{_SP}the|on{_SP}the)"

#: Titles and roles written before a name (capitalised forms).
_TITLE_MODIFIERS = (
    r"(?:Vice|Deputy|Acting|Interim|Former|Outgoing|Incoming|Caretaker|Prime|Foreign|Defen[cs]e|"
    r"Interior|Finance|Justice|Economy|Energy|Health|Trade|Labour|Labor|Education|Security|"
    r"Chief|Senior|Special|Supreme|High|Grand|Crown|State|Opposition|Field|Lieutenant|Lt\.|"
    r"Maj\.|Brig\.|Brigadier|Major|Assistant|Associate|Executive|Cabinet|Rear|Detective|Police|"
    r"Staff|Petty|Warrant|Det\.|Leading|Able)"
)
TITLES = (
    rf"(?:(?:{_TITLE_MODIFIERS}|Secretary|General|Minister)[ -])*"
    r"(?:President|Vice[\s-]President|Prime\sMinister|Minister|Premier|Chancellor|"
    # plural titles before a pair of names: "Prime Ministers X and Y"
    r"Presidents|Prime\sMinisters|Ministers|"
    r"Secretary[\s-]General|Secretary\sof\sState|Secretary|Under-Secretary|Undersecretary|"
    r"Director[\s-]General|Director|Commissioner|High\sRepresentative|Representative|Envoy|"
    r"Ambassador|Spokesperson|Spokesman|Spokeswoman|Speaker|Senator|Sen\.|Rep\.|Congressman|"
    r"Congresswoman|Governor|Gov\.|Mayor|Deputy|MP|MEP|Commander|Cmdr\.|Chief|Chairman|"
    r"Chairwoman|Chair|Chairperson|Head|Leader|Judge|Justice|Prosecutor|Counsellor|Counselor|"
    r"Adviser|Advisor|Commodore|"
    r"General|Gen\.|Lt\.\sGen\.|Maj\.\sGen\.|Brig\.\sGen\.|Lieutenant\sGeneral|Major\sGeneral|"
    r"Brigadier|Colonel|Col\.|Lt\.\sCol\.|Lieutenant\sColonel|Lieutenant|Lt\.|Major|Maj\.|"
    r"Captain|Capt\.|Sergeant|Sgt\.|Admiral|Adm\.|Marshal|Field\sMarshal|Corporal|Private|Seaman|"
    r"Constable|Inspector|Superintendent|Detective|Officer|Agent|Trooper|Sheriff|"
    r"King|Queen|Prince|Princess|Emir|Sheikh|Sheik|Sultan|Pope|Patriarch|Archbishop|Bishop|"
    r"(?:His|Her|Your)\s(?:Royal\s)?(?:Highness|Excellency|Majesty|Eminence|Holiness)|"
    r"Cardinal|Imam|Ayatollah|Rabbi|Reverend|Rev\.|Father|Sister|Brother|Lord|Lady|Sir|Dame|"
    r"Mr\.?|Mrs\.?|Ms\.?|Miss|Dr\.?|Prof\.?|Professor|President-elect|Premier-designate|"
    # honorifics of Fiji and Malaysia: "Ratu Josefa Iloilo", "Tun Mahathir", "Tan Sri X"
    r"Ratu|Tun|Datuk|Dato['’]?|Tan\sSri)"
)
#: Lower-case roles that introduce a name: "spokesperson Jane Doe", "opposition leader Kurti".
ROLES = (
    r"(?:spokesperson|spokesman|spokeswoman|minister|president|premier|leader|envoy|ambassador|"
    r"mediator|negotiator|lawmaker|legislator|senator|commander|general|chief|mayor|governor|"
    r"speaker|"
    r"prosecutor|judge|lawyer|analyst|researcher|professor|official|diplomat|activist|journalist|"
    r"correspondent|reporter|director|chairman|chairwoman|secretary|representative|commissioner|"
    r"counterpart|adviser|advisor|aide|deputy|MP|MEP|rapporteur|coordinator|candidate|incumbent|"
    r"officer|soldier|politician|businessman|businesswoman|member|founder|head|mentor|successor|"
    r"predecessor|rival|ally|challenger|opponent|foreign\sminister|prime\sminister|"
    # people named by kin or calling: "his girlfriend Sofia Sapega", "Abu Sayed, a student"
    r"wife|husband|son|daughter|brother|sister|mother|father|widow|girlfriend|boyfriend|"
    r"fiancée|fiancé|student|editor|blogger|dissident|critic|economist|historian|writer|"
    r"academic|scholar|cleric|priest|campaigner|protester|pilot|doctor|banker|tycoon|dealer|"
    r"oligarch|entrepreneur|investor|magnate|spy|defector|smuggler|trafficker|photographer|"
    r"filmmaker|novelist|poet|singer|rapper|footballer|preacher|militant|bomber|gunman|"
    r"assailant|hijacker|jihadist)"
)
#: Verbs that show a capitalised name speaking or acting: "Jane Doe said".
REPORTING = alternation(
    SAY
    | EMPHASISE
    | ANNOUNCE
    | ATTITUDE
    | set(
        words(
            """
            say tweeted posted declared claimed explained asked replied responded denied
            criticised criticized welcomed praised rejected met visited spoke signed agreed
            dismissed acknowledged admitted suggested believes thinks wants has had was is will
            would
            """
        )
    )
)

_FLAGS = re.UNICODE

#: A title, perhaps more titles ("President His Highness Sheikh", "His Highness the Amir
#: Sheikh"; "Amir" only after "the", being a given name too: "Amir Yaron"), then the name.
TITLE_NAME_RE = re.compile(
    rf"(?={_U})\b{TITLES}(?:{_SP}+(?:the{_SP}+Amir|(?:the{_SP}+)?{TITLES}))*{_SP}+(?P<name>{NAME})",
    _FLAGS,
)
#: Maximal runs of capitalised name words: every person not found by a title starts here.
#: (`_NAME_START` with its first capital read before the look-behind, which then checks the
#: character before that capital: a pattern that opens on a character class lets the engine skip
#: to capitals instead of trying every position of the text.)
CAPRUN_RE = re.compile(
    rf"{_U}(?<![\w'’-].)(?:{_INITIALS_TAIL}|{_CAPWORD_TAIL})(?: {NAME_WORD}){{0,4}}{_ROMAN}",
    _FLAGS,
)
#: A short quoted nickname between two names: 'Jimmy "Barbecue" Chérizier'. Found from the
#: quote (a fast scan), then the names on either side are checked.
_NICKNAME_RE = re.compile(r" [\"“][A-Z][^\"”\n]{0,29}[\"”] ")
_NAME_BEFORE_NICKNAME_RE = re.compile(rf"(?<![\w'’-])(?P<first>{CAPWORD}) $", _FLAGS)
_NAME_AFTER_NICKNAME_RE = re.compile(rf"(?={_U}){CAPWORD}(?: {NAME_WORD}){{0,2}}", _FLAGS)
_AFTER_VERB_RE = re.compile(rf"(?:,\s(?P<appos>[^,.;:]{{3,80}}),|,)?\s+{REPORTING}\b", _FLAGS)
#: Nouns in an apposition that make the name before it an organisation: "X, a militant group,".
_ORG_NOUNS_RE = re.compile(
    r"\b(?:group|groups|organisation|organization|party|movement|militia|agency|company|firm|"
    r"network|coalition|alliance|faction|rebels|insurgents|outfit|body|charity|newspaper|"
    r"broadcaster|institute|think\s?tank|union|bank|force|forces|ngo|NGO)\b"
)
#: "Ganabhaban, the prime minister's official residence": the role is not the apposition's head.
_NOT_A_PLACE_AFTER = (
    r"(?!\s(?:residence|palace|office|offices|building|house|compound|headquarters|home|villa|"
    r"car|convoy|plane|aircraft|jet|motorcade)\b)"
)
_AFTER_APPOSITION_RE = re.compile(
    # (up to four words before the role, an abbreviation among them: "the U.N. relief chief")
    rf",\s(?:(?:the|a|an|who|(?:Mr|Ms|Mrs|Dr)\.?\s\w+['’]s|{_U}\w*['’]s)\s"
    rf"(?:(?:[A-Z]\.)+\s|[\w’'-]+\s){{0,4}}"
    rf"{ROLES}\b(?!['’]s){_NOT_A_PLACE_AFTER}"
    # no article: "Jared Kushner, senior adviser to", "Cristiana Chamorro, daughter of"
    rf"|(?:[a-z][\w’'-]*\s){{0,2}}{ROLES}\s(?:of|to|for|at|in)\b"
    # an age: "Roman Protasevich, 26, and"
    rf"|\d{{1,3}},)",
    _FLAGS,
)
_ROLE_WORDS = frozenset(re.findall(r"[^\W\d_]+", ROLES)) - {"s", "sminister", "foreign", "prime"}
_KIN_WORDS = frozenset(
    words("wife husband son daughter brother sister mother father widow girlfriend boyfriend")
)
_SAID_WORDS = frozenset({"said", "says", "told", "to"})
#: What stands between two people named as a pair or in a list: "X and Y", "X, Y".
_PAIR_GAPS = (" and ", ", ", ", and ")
#: Words before "by" that make the name after it an author: "Reporting by Jane Doe".
_BYLINE_WORDS = frozenset({"By", "Reporting", "Editing", "Writing", "reporting", "editing"})
#: Participles before "by" that make the name after it the leader of a body: "ISIL, led by X".
_LED_WORDS = frozenset(words("led headed chaired commanded founded"))
_AFTER_END_RE = re.compile(r"\s*(?:[,.;:)]|$)")

#: Plural possessives that belong to a body's name ("People's Liberation Army", "Kurdistan
#: Workers' Party"), unlike a possessor before it ("Colombia's Foreign Ministry").
_ORG_POSSESSIVE = (
    r"(?:People['’]s|Peoples['’]|Workers['’]|Women['’]s|Children['’]s|Farmers['’]|Veterans['’]|"
    r"Citizens['’]|Journalists['’]|Students['’]|Mothers['’]|Martyrs['’]|Lawyers['’]|Teachers['’]|"
    r"(?:Prosecutor|Ombudsman|Ombudsperson|Governor|Mayor|Auditor|Registrar)['’]s)"
)
#: An acronym, plain ("RSF", "G7") or dotted ("U.S."): a plain one's stop ends a sentence.
_ACRONYM = rf"[{re.escape(UPPER)}](?:[{re.escape(UPPER)}\d&]+|(?:\.[{re.escape(UPPER)}])+\.)"
_ORG_WORD = rf"(?:{CAPWORD}|{_ACRONYM}|{_ORG_POSSESSIVE})"  # the common case first
ORG_HEAD_FIRST_RE = re.compile(
    rf"(?={_U})\b(?P<org>(?:{ORG_HEADS}){_SP}(?:of|for){_SP}(?:the{_SP})?{_ORG_WORD}"
    rf"(?:{_SP}(?:and{_SP}|of{_SP}|for{_SP}|the{_SP}){{0,2}}{_ORG_WORD}){{0,5}})",
    _FLAGS,
)

#: Head words of named events and agreements: "Brussels Agreement", "Kosovo War".
EVENT_HEADS = (
    "Agreement|Agreements|Accord|Accords|Treaty|Protocol|Convention|Summit|War|Uprising|"
    "Revolution|Process|Plan|Declaration|Charter|Massacre|Offensive|Ceasefire|Initiative"
)
_EVENT_HEAD_RE = re.compile(rf"(?={_U})\b(?:{EVENT_HEADS})\b", _FLAGS)
_WORDS_BEFORE_EVENT_RE = re.compile(
    rf"(?<![\w'’-])(?:{_ORG_WORD}{_SP}(?:and{_SP}(?={_U}))?){{1,4}}$", _FLAGS
)
_EVENT_TAIL_RE = re.compile(
    rf"{_SP}(?:on|of|for){_SP}(?:the{_SP})?{_ORG_WORD}"
    rf"(?:{_SP}(?:of{_SP}|on{_SP}|for{_SP})?(?:the{_SP})?{_ORG_WORD}){{0,4}}\b",
    _FLAGS,
)

#: Prefixes of ships' names, naval ("USS", "HMS", "BRP", "TCG") and merchant ("MV", "MT").
SHIP_PREFIXES = (
    "USS|HMS|HMCS|HMAS|HMNZS|BRP|INS|RFS|TCG|ROKS|JS|KRI|PNS|HNLMS|HDMS|ESPS|ITS|MV|MT|SS|RV|FV"
)
#: Nouns written just before a vessel's name: "the survey ship Oruç Reis", "frigate Limnos".
VESSEL_NOUNS = (
    r"ship|ships|vessel|vessels|frigate|warship|destroyer|corvette|cruiser|aircraft\scarrier|"
    r"submarine|tanker|freighter|boat|icebreaker|trawler|cutter|gunboat|flagship|ferry|yacht|"
    r"dredger|minesweeper|amphibious\sassault\sship"
)
_VESSEL_NAME_RE = re.compile(rf"(?:named |called )?(?P<name>(?={_U}){NAME})", _FLAGS)
_OPERATION_NAME_RE = re.compile(rf"(?P<name>{CAPWORD}(?: {CAPWORD}){{0,3}})", _FLAGS)
_PREFIX_SET = frozenset(SHIP_PREFIXES.split("|"))


#: Words that introduce a vessel's or an operation's name, each matched with the space after it.
#: The gazetteer's automaton carries them too, so `find_mentions` gets them from its one pass.
CUE_WORDS: tuple[str, ...] = (
    *SHIP_PREFIXES.split("|"),
    *(word.replace("\\s", " ") for word in VESSEL_NOUNS.split("|")),
    "Operation",
)
#: (cue word, start, end after its space) of one cue in a text.
Cue = tuple[str, int, int]


@lru_cache(maxsize=1)
def _cue_automaton() -> Any:
    """The cue words alone, for callers without the gazetteer's pass (one Aho-Corasick pass
    is much cheaper than a regular expression alternation tried at every position)."""
    auto = ahocorasick.Automaton()
    for word in CUE_WORDS:
        auto.add_word(word + " ", word)
    auto.make_automaton()
    return auto


def find_cues(text: str) -> list[Cue]:
    """Every whole-word cue of `text` (what `entities.gazetteer_candidates` also collects)."""
    found = []
    for last, cue in _cue_automaton().iter(text):
        start = last - len(cue)
        if start and _word_char(text[start - 1]):
            continue  # "relationship "
        found.append((cue, start, last + 1))
    return found


def vessel_candidates(
    text: str, known: Callable[[str], bool], cues: list[Cue] | None = None
) -> list[Found]:
    """Ships named with a prefix ("USS Ronald Reagan", "BRP Sierra Madre") or just after a
    vessel noun ("the survey ship Oruç Reis"), and the other mentions of the same name ("the
    Oruç Reis sailed"): vessels are not people or organisations (type FAC, never an actor).

    A prefixed ship's bare name is a vessel only after "the" ("the Sierra Madre"): ships are
    often named after people, and "Ronald Reagan" alone is the president. A name the gazetteer
    knows ("a ship Turkey sent") is no vessel's name.
    """
    names_: dict[str, str] = {}
    after_the: dict[str, str] = {}
    for cue, _cue_start, after in find_cues(text) if cues is None else cues:
        if cue == "Operation":
            continue
        m = _VESSEL_NAME_RE.match(text, after)
        if m is None:
            continue
        prefix = cue if cue in _PREFIX_SET else None
        if prefix is not None and m.group("name") != m.group():
            continue  # "USS named" is no ship
        start, end = m.span("name")
        end = _strip_possessive(text, start, end)
        kept: list[str] = []
        for word in text[start:end].split():
            if _is_stop(word) or (kept and known(word)):
                break
            kept.append(word)
        name = " ".join(kept)
        if not name or known(name) or name.isupper():
            continue
        if prefix is not None:
            full = f"{prefix} {name}"
            names_.setdefault(full, full)
            after_the.setdefault(name, full)
        else:
            names_.setdefault(name, name)
    found: list[Found] = []
    for form, canonical in names_.items():
        for at in occurrences(text, form):
            found.append(Found(at, at + len(form), canonical, "FAC", RANK_VESSEL))
    for form, canonical in after_the.items():
        for at in occurrences(text, form):
            if text[max(0, at - 4) : at] in ("the ", "The "):
                found.append(Found(at, at + len(form), canonical, "FAC", RANK_VESSEL))
    return found


def occurrences(text: str, form: str) -> list[int]:
    """Starts of `form` in `text` with no word character glued on either side."""
    found = []
    at = text.find(form)
    while at >= 0:
        end = at + len(form)
        if not (at and _word_char(text[at - 1])) and not (
            end < len(text) and _word_char(text[end])
        ):
            found.append(at)
        at = text.find(form, at + 1)
    return found


PLACE_RE = re.compile(
    rf"\b(?:in|near|outside|around|across|at|In|Near|Outside|Around|(?:village|town|city|"
    rf"municipality|district|region|province|villages|towns|state|governorate|county|port|island|"
    rf"suburb|enclave|outskirts|capital){_SP}of){_SP}"
    rf"(?P<place>{CAPWORD}(?:{_SP}(?:e|i|al|el)?{_SP}?{CAPWORD}){{0,2}})",
    _FLAGS,
)
_GEO_HEADS = re.compile(
    r"\s(?:River|Sea|Lake|Mountains?|Valley|Gulf|Bay|Strait|Island|Islands|Peninsula|Desert|"
    r"Region|Province|Oblast|Governorate|District|Basin|Plain|Plateau|Coast|Corridor|Shoal|Reef|"
    r"Atoll|Cape|Canal|Channel)$"
)


def _clean(name: str) -> str:
    """A name's canonical form: single spaces, no possessive, "Jr"/"Sr" without the stop (which
    a sentence's full stop may have swallowed)."""
    name = " ".join(name.split())
    for suffix in ("'s", "’s"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    if name.endswith((" Jr.", " Sr.")):
        name = name[:-1]
    return name


def _is_stop(word: str) -> bool:
    return word in STOPWORDS or word.rstrip(".") in STOPWORDS


def _trim_name(text: str, start: int, end: int, known: Callable[[str], bool]) -> tuple[int, int]:
    """Cut a name at the first word that is a stopword or a known gazetteer form, but for a
    month that is a surname after a given name ("Theresa May", not "in May")."""
    keep_end = start
    tokens = list(_TOKEN_RE.finditer(text, start, end))
    for i, w in enumerate(tokens):
        word = w.group().rstrip(",;:")
        if word.endswith(".") and not _INITIALS_RE.fullmatch(word):
            word = word.rstrip(".")
        stop = _is_stop(word) and not (i and _month_surname(text, w, word, tokens[i - 1], keep_end))
        if stop or (known(word) and not _middle_name(word, tokens[i + 1 :], known)):
            break
        keep_end = w.start() + len(word)
    return start, keep_end


#: Month words that are also given names ("Foreign Minister Jan Hamáček", "Ambassador April
#: Glaspie"): after a title and before a name word, the name starts with them.
MONTH_GIVEN_NAMES = frozenset(words("Jan Mar April May June"))
#: Months that are also surnames ("Theresa May", "Brian May", "Kate June"): read as one only
#: right after a given name and with no day or year after them ("Georgia May 26" is a date).
MONTH_SURNAMES = frozenset(words("May June April August"))
_DAY_OR_YEAR_RE = re.compile(r"\s\d")


def _month_surname(
    text: str, token: re.Match[str], word: str, before: re.Match[str], kept_end: int
) -> bool:
    """True for a month-word (`word`, the `token` without its punctuation) that ends a person's
    name: the word before it is a given name kept in the name, and no number follows it."""
    return (
        word in MONTH_SURNAMES
        and before.end() == kept_end
        and before.group() in given_names()
        and _DAY_OR_YEAR_RE.match(text, token.start() + len(word)) is None
    )


def _middle_name(word: str, rest: list[re.Match[str]], known: Callable[[str], bool]) -> bool:
    """True for a known word that is a given name inside a name, before a name word of its own
    ("Roch Marc Christian Kaboré": "Christian" is no group there)."""
    if word not in given_names() or not rest:
        return False
    after = rest[0].group().rstrip(",;:.")
    return bool(after) and after[:1].isupper() and not (_is_stop(after) or known(after))


def _strip_possessive(text: str, start: int, end: int) -> int:
    for suffix in ("'s", "’s"):
        if text.endswith(suffix, start, end):
            return end - len(suffix)
    return end


def person_candidates(
    text: str, known: Callable[[str], bool], listed: Callable[[str], bool] = lambda _: False
) -> list[Found]:
    """People introduced by a title or role, seen speaking ("Jane Doe said", "said Jane Doe"),
    described in apposition ("Jane Doe, the mission's spokesperson"), or whose name starts with
    a common given name ("the death of Hugo Chávez"). A name `listed` as a person's in the
    gazetteer is left to it: the rules would only find the same span again."""
    found: list[Found] = []
    scan = _scan(text)
    for m in scan.finditer(TITLE_NAME_RE):
        if listed(m.group("name")):
            continue
        span = _person_span(text, *m.span("name"), known, titled=True)
        if span is None:
            continue
        name = text[span[0] : span[1]]
        title = text[m.start() : m.start("name")].split()
        if title and title[-1] in _AMBIGUOUS_TITLES and " " not in name:
            continue  # "General Motors", "Major League": a one-word name needs a clearer title
        found.append(Found(*span, _clean(name), "PERSON", RANK_RULE))
    titled_ends = {f.end for f in found}  # "Prime Ministers X and Y": Y is one of the pair
    for quote in scan.finditer(_NICKNAME_RE):
        # 'Jimmy "Barbecue" Chérizier': the name without the nickname between its words.
        at = quote.start() + 1  # the opening quote; the space before it ends the first name
        first_m = _NAME_BEFORE_NICKNAME_RE.search(text, max(0, at - 40), at)
        last_m = _NAME_AFTER_NICKNAME_RE.match(text, quote.end())
        if first_m is None or last_m is None:
            continue
        first, last = first_m.group("first"), last_m.group()
        if not (_is_stop(first) or known(first) or _is_stop(last.split()[0])):
            found.append(
                Found(first_m.start(), last_m.end(), f"{first} {last}", "PERSON", RANK_RULE)
            )
    given = given_names()
    person_end = -1  # end of the last run read as a person's name (or a listed person's)
    for m in CAPRUN_RE.finditer(text):
        run = m.group()
        if listed(run):
            person_end = m.end()
        if run in STOPWORDS or known(run) or listed(run):
            continue  # "Kosovo", "However": a known name or a stopword alone is no person
        if _PLACE_NAME_RE.match(run):
            continue  # "Bab al-Hawa", "Deir ez-Zor": a place named by what it is
        start, end = m.span()
        if text.startswith(".", end) and _TITLE_ABBREVIATION_RE.search(text, start, end + 1):
            continue  # "Col." in "junta leader Col. Assimi Goïta": a title, cut by its stop
        before = text[max(0, start - 30) : start].split()[-2:]
        before = [w.strip("([,") for w in before]
        prev = before[-1] if before else ""
        if run.startswith("By "):  # a byline: "By Lukas Brenner, Belgrade correspondent"
            prev, start = "By", start + 3
        verb = _AFTER_VERB_RE.match(text, end)
        if verb is not None and (verb.group("appos") or "").startswith(("which ", "where ")):
            verb = None  # "The Green Zone, which houses ministries, was": a thing, a place
        if verb is not None and _describes_a_place(verb.group("appos")):
            continue  # "Itu Aba, the largest natural feature in the Spratlys, ...": a place
        if verb is not None and _names_an_organisation(verb.group("appos")):
            # "Jaish al-Adl, a Sunni militant group, claimed ...": an organisation speaking.
            span = _person_span(text, start, end, known, allow_heads=True)
            if span is not None:
                found.append(Found(*span, _clean(text[span[0] : span[1]]), "ORG", RANK_RULE))
            continue
        if (
            verb is not None
            and verb.group("appos")
            and _NAME_ONLY_RE.fullmatch(verb.group("appos"))
        ):
            # "the High Commissioner for Human Rights, Michelle Bachelet, said": the name in
            # the apposition speaks; the words before it are her title.
            verb = None
        titled = False
        if (
            prev in _TITLE_TAIL_PREPOSITIONS
            and verb is None
            and (after := _name_after_portfolio(text, start, end)) is not None
        ):
            # "High Representative for Disarmament Affairs Angela Kane arrived": the name
            # after a title's portfolio, the run's last title word.
            start, min_words, titled = after, 2, True
        elif (prev in _ROLE_WORDS and text[start - 1] == " ") or _AFTER_APPOSITION_RE.match(
            text, end
        ):
            # A relative by given name alone ("Ortega's daughter Camila") is no full name.
            min_words = 2 if prev in _KIN_WORDS else 1
        elif text[start - 2 : start] == ", " and _TITLE_BEFORE_COMMA_RE.search(
            text, max(0, start - 40), start - 2
        ):
            min_words, titled = 2, True  # "the High Representative, Christian Schmidt"
        elif (person_end >= 0 and text[person_end:start] in _PAIR_GAPS) or (
            titled_ends
            and any(
                text[start - len(g) : start] == g and start - len(g) in titled_ends
                for g in _PAIR_GAPS
            )
        ):
            min_words, titled = 2, True  # "Roman Protasevich and Sofia Sapega": one of a pair
        elif (
            text[start - 2 : start] == ", "
            and _APPOSED_AFTER_RE.match(text, end)
            and _PERSON_NOUN_BEFORE_RE.search(text, max(0, start - 70), start - 2)
        ):
            min_words, titled = 2, True  # "an Iraqi national living in Sweden, Salwan Momika,"
        elif prev == "named" and text[start - 1] == " ":
            min_words, titled = 2, True  # "an Iraqi refugee named Salwan Momika"
        elif (
            (
                prev in ("by", "By")
                and (prev == "By" or (len(before) > 1 and before[-2] in _BYLINE_WORDS | _LED_WORDS))
            )
            or (
                verb is not None
                and (prev not in _TITLE_TAIL_PREPOSITIONS or _portfolio_then_name(run))
            )
            or (
                prev in _SAID_WORDS
                and (prev != "to" or (len(before) > 1 and before[-2] == "according"))
                and _AFTER_END_RE.match(text, end)
            )
        ):
            min_words = 2
        elif ("-" in run or "Singh" in run or "Kaur" in run) and _NAME_SHAPE_RE.search(run):
            min_words = 2  # "Park Geun-hye", "Hardeep Singh Nijjar": shaped like a name
        elif any(w in given for w in run.split()):
            if prev in ("the", "The") or (
                len(before) > 1 and before[-2] in ("the", "The") and known(prev)
            ):
                continue  # "the Turkish Kemal Reis": a ship or a thing named after someone
            min_words = 0  # only a given name can make this a person
        else:
            continue
        # With a cue, a known word that is also a given name starts the name ("said Jordan
        # Bardella", "Montserrat Pujol, a historian"): the cue shows a person is named.
        span = _person_span(text, start, end, known, titled=titled or min_words > 0)
        if span is None:
            continue
        if span[1] < end and _TITLE_WORD_RE.match(text, span[1] + 1, end):
            continue  # "Climate Change Minister X": the words before a title are its portfolio
        name = text[span[0] : span[1]]
        parts = name.split()
        if min_words == 0:
            if len(parts) < 2 or parts[0] not in given:
                continue
        elif len(parts) < min_words and not (
            # "Zhao said": a surname alone, speaking, of someone never named in full
            span == (start, end) and _bare_speaker(text, start, end, prev, known)
        ):
            continue
        found.append(Found(*span, _clean(name), "PERSON", RANK_RULE))
        person_end = span[1] if span[1] == end else -1
    return found


#: Place names of the Arab world and its neighbours open on a word saying what the place is
#: (gate, valley, mount, monastery, village, house, bridge; cape, hill, spring, well, fort
#: before an article: "Ras al-Ain", not "Ras Baraka"): no person's name.
_PLACE_NAME_RE = re.compile(
    r"(?:Bab|Wadi|Jabal|Jebel|Deir|Kafr|Khirbet|Jisr|Beit) \S|"
    r"(?:Ras|Tal|Tell|Ain|Bir|Qasr|Marsa) (?:al|el|an|ar|as|ash|at|az|ad|ed|ez|es)-"
)
#: Verbs of saying right after a single word that make it a speaker's surname ("Zhao said").
_BARE_SPEAKER_VERB_RE = re.compile(
    r" (?:said|says|told|added|noted|stressed|insisted|argued|wrote|tweeted|replied|explained)\b"
)
_SURNAME_RE = re.compile(rf"{_U}[a-zà-ÿ'’-]+[a-zà-ÿ]", _FLAGS)
#: Nouns that say a company or a body like one comes next ("energy giant Gazprom", "the firm
#: Eni"): `entities` reads a state's adjective before them as a description, not the state, and
#: a lone name after them that speaks is no surname.
BODY_NOUNS = (
    "company", "firm", "group", "giant", "operator", "carrier", "airline", "utility", "miner",
    "producer", "lender", "bank", "insurer", "maker", "manufacturer", "exporter", "supplier",
    "conglomerate", "corporation", "contractor",
)  # fmt: skip
#: A word naming what kind of body follows: "state-owned Botas said", "the energy firm Eni said".
_BODY_BEFORE_RE = re.compile(
    r"\b(?:"
    + "|".join(
        (
            *BODY_NOUNS,
            *("state-owned", "state-run", "agency", "broadcaster", "newspaper", "daily"),
            *("outlet", "network", "platform", "watchdog", "monitor", "channel", "website"),
        )
    )
    + r")\s+$",
    re.IGNORECASE,
)


def _bare_speaker(text: str, start: int, end: int, prev: str, known: Callable[[str], bool]) -> bool:
    """True for a surname alone that speaks ("Zhao said", '"We are ready," Zhao told
    reporters'), for people the story never names in full. Not for a plural noun opening a
    sentence ("Officials said", "Residents told"), nor for a word the text also writes in lower
    case, nor for an acronym or a known name, nor for a body named after what it is ("state-owned
    Botas said")."""
    word = text[start:end]
    if (
        not _SURNAME_RE.fullmatch(word)
        or len(word) < 3
        or _BARE_SPEAKER_VERB_RE.match(text, end) is None
        or _is_stop(word)
        or known(word)
        or _BODY_BEFORE_RE.search(text, max(0, start - 40), start) is not None
    ):
        return False
    opening = not prev or prev[-1] in ".!?:" or (start > 0 and text[start - 1] == "\n")
    if opening and word.endswith("s"):
        return False
    lower = word.lower()
    at = text.find(lower)
    while at >= 0:
        if not (at and _word_char(text[at - 1])) and not (
            at + len(lower) < len(text) and _word_char(text[at + len(lower)])
        ):
            return False
        at = text.find(lower, at + 1)
    return True


#: A noun for a person ending the clause before a name set off by commas ("an Iraqi national
#: residing in Sweden, Salwan Momika, tore up"): the name is that person's.
_PERSON_NOUN_BEFORE_RE = re.compile(
    rf"\b(?:[Aa]|[Aa]n|[Tt]he|[Oo]ne|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s(?:[\w’'-]+\s){{0,3}}"
    rf"(?:{ROLES}|national|citizen|man|woman|refugee|migrant|resident|teenager|activist)"
    rf"(?:\s(?:of|from|in|at|for|on|residing|living|based)\s[^,;:.]{{0,40}})?$"
)
#: After such a name, a comma and a word of the sentence going on, not a list's next item.
_APPOSED_AFTER_RE = re.compile(r", (?!and\b|or\b|where\b)[a-z]")


#: Names whose shape shows a person without a cue: an East Asian family name and a hyphenated
#: given name ("Park Geun-hye", "Chiang Kai-shek"), or a Sikh name ("Hardeep Singh Nijjar").
_NAME_SHAPE_RE = re.compile(
    rf"(?<!\S){_U}[a-z]{{1,5}} {_U}[a-z]{{1,5}}-[a-z]{{2,5}}\b|\S (?:Singh|Kaur)\b", _FLAGS
)


_NAME_ONLY_RE = re.compile(rf"{NAME}", _FLAGS)


#: The head noun of an apposition that says the name before it is a place's.
_PLACE_HEAD_RE = re.compile(
    r"\b(?:island|islet|reef|shoal|feature|atoll|town|city|village|port|harbour|harbor|base|"
    r"airport|airfield|crossing|region|province|district|county|mountain|peak|river|lake|"
    r"valley|strait|bay|gulf|enclave|suburb|neighbourhood|neighborhood|camp|checkpoint|"
    r"ship|ships|vessel|vessels|tanker|tankers|freighter|carrier|carriers|frigate|destroyer|"
    r"boat|aircraft|plane)$"
)
_ONE_OF_RE = re.compile(r"^(?:one|some|two|three)\s+of\s+(?:the\s+)?")
_APPOSITION_HEAD_END_RE = re.compile(r"\s(?:in|of|on|at|near|off|from|that|which|where)\s")


def _describes_a_place(apposition: str | None) -> bool:
    """True for "the largest natural feature in the Spratlys", "a border town", "one of the
    largest container ships in the world": the head noun of the apposition (before any "in",
    "of" or clause) is a place's or a craft's."""
    if not apposition:
        return False
    head = _APPOSITION_HEAD_END_RE.split(_ONE_OF_RE.sub("", apposition), 1)[0]
    return _PLACE_HEAD_RE.search(head) is not None


def _names_an_organisation(apposition: str | None) -> bool:
    """True for "a Sunni militant group", not for "head of the party" (a person's role)."""
    if not apposition:
        return False
    last = apposition.split()[-1]
    if not _ORG_NOUNS_RE.fullmatch(last):
        return False
    return not any(w in _ROLE_WORDS for w in re.findall(r"[A-Za-z]+", apposition))


#: Titles that also start ordinary names ("General Motors", "Father Christmas", "Head Office").
_AMBIGUOUS_TITLES = frozenset(
    words(
        """
        General Major Captain Private Chief Head Leader Judge Justice Father Sister Brother Lord
        Lady Marshal Commander Director Chair Speaker Representative Deputy Governor Bishop
        Reverend Agent Officer Inspector Detective Constable Trooper
        """
    )
)


def _person_span(
    text: str,
    start: int,
    end: int,
    known: Callable[[str], bool],
    allow_heads: bool = False,
    titled: bool = False,
) -> tuple[int, int] | None:
    """The name inside a run: leading titles, stopwords and known names skipped ("Serbian
    Defence Minister Miloš Vučević" -> "Miloš Vučević"), cut at the next such word; None if
    nothing is left or the rest holds an organisation's head word. After a title or another cue
    (`titled`), a known word that is also a given name starts the name ("High Representative
    Christian Schmidt", "said Montserrat Pujol") when a name of its own follows it."""
    end = _strip_possessive(text, start, end)
    start = _after_known_lead(text, start, end, known)
    given_first = 0  # length of a known given name kept at the start ("Christian")
    while start < end:
        party = _PARTY_BEFORE_TITLE_RE.match(text, start, end)
        if party is not None:
            start = party.end()  # "Republican Senator Lindsey Graham": the party is no name
            continue
        title = _TITLE_WORD_RE.match(text, start, end)
        if title is not None and title.end() < end:
            start = title.end()
            continue
        word = _TOKEN_RE.match(text, start, end)
        if word is None:
            return None
        w = word.group()
        if not (_is_stop(w) or known(w)):
            break
        if (
            titled
            and ((not _is_stop(w) and w in given_names()) or w in MONTH_GIVEN_NAMES)
            and word.end() < end
            and text[max(0, start - 4) : start] not in ("The ", "the ")  # "the Christian Democrats"
        ):
            # ... unless what follows is no name of its own ("Georgia President Salome Z.")
            after = _TOKEN_RE.match(text, word.end() + 1, end)
            if after is not None and not (
                _is_stop(after.group())
                or known(after.group())
                or _TITLE_WORD_RE.match(text, after.start(), end)
            ):
                given_first = len(w) + 1
                break
        start += len(w)
        while start < end and text[start] == " ":
            start += 1
    if start >= end:
        return None
    event = text.startswith("Operation ", start)  # "Operation Peace Spring, said": an event
    run = text[start:end].split()
    if not allow_heads and (
        event
        or any(
            w in _HEAD_WORDS or w in _EVENT_HEAD_WORDS or _GEO_HEADS.search(" " + w) for w in run
        )
        or (run and _clean(run[-1]) in LAST_ONLY_HEADS)
        or (run and _BODY_LEAD_RE.match(run[0]) is not None)
    ):
        return None
    rest, end = _trim_name(text, start + given_first, end, known)
    if end <= rest or _INITIALS_RE.fullmatch(text[start:end]):
        return None  # nothing left, or only "Jr." or an initial
    return start, end


#: "the UN High Commissioner for Human Rights, said": a title's tail, not a speaker's name.
_TITLE_TAIL_PREPOSITIONS = frozenset(words("for of"))


_TITLE_BEFORE_OF_RE = re.compile(rf"\b{TITLES}\s(?:of|for)\s(?:the\s)?$", _FLAGS)
_RUN_WORD_RE = re.compile(r"\S+")


def _name_after_portfolio(text: str, start: int, end: int) -> int | None:
    """Where a name starts inside a run that follows a title and "of"/"for" and holds the
    portfolio's last word ("Disarmament Affairs Angela Kane" after "High Representative
    for"): after that word, when two name words follow it; else None."""
    if _TITLE_BEFORE_OF_RE.search(text, max(0, start - 60), start) is None:
        return None
    words_ = list(_RUN_WORD_RE.finditer(text, start, end))
    last = max((i for i, w in enumerate(words_) if _is_stop(w.group())), default=None)
    if last is None or len(words_) - last - 1 < 2:
        return None
    return words_[last + 1].start()


def _portfolio_then_name(run: str) -> bool:
    """A run after "of"/"for" that opens on a title's tail and goes on with a name of two
    words ("Minister of Defence Ruwan Wijewardene told", "Minister for Foreign Affairs Penny
    Wong said"): the person speaks, not the portfolio."""
    parts = run.split()
    lead = 0
    while lead < len(parts) and _is_stop(parts[lead]):
        lead += 1
    return lead > 0 and len(parts) - lead >= 2


_TITLE_BEFORE_COMMA_RE = re.compile(rf"\b{TITLES}$", _FLAGS)
_TITLE_ABBREVIATION_RE = re.compile(
    r"(?<!\S)(?:Col|Gen|Lt|Maj|Capt|Sgt|Adm|Brig|Cmdr|Gov|Sen|Rep|Rev|Dr|Prof|Mr|Mrs|Ms|Cpl|Pvt|Fr)"
    r"\.$"
)
_TITLE_WORD_RE = re.compile(rf"(?:{TITLES}|{_TITLE_MODIFIERS}|Secretary|General|Minister) ")


def _after_known_lead(text: str, start: int, end: int, known: Callable[[str], bool]) -> int:
    """Where a run goes on after a known name of several words that a title follows ("United
    Nations Secretary-General António Guterres": the body is whose title it is, no part of the
    person's name); `start` if there is none."""
    space = text.find(" ", start, end)  # (one word alone is read by `_person_span`'s loop)
    for _ in range(3):  # the known names before a title are short
        space = text.find(" ", space + 1, end) if space >= 0 else -1
        if space < 0:
            break
        if known(text[start:space]) and _TITLE_WORD_RE.match(text, space + 1, end):
            return space + 1
    return start


#: A party's adjective before a title ("Republican Senator", "Conservative MP", "Democratic
#: Governor"): it says which party, it is no part of the name after the title.
PARTY_ADJECTIVES = (
    r"(?:Social |Liberal |Christian |Free |New |Green )?(?:Republican|Democratic|Democrat|"
    r"Conservative|Labour|Labor|Liberal|Tory|Green|Socialist|Communist|Progressive|Nationalist|"
    r"Centrist|Populist)"
)
_PARTY_BEFORE_TITLE_RE = re.compile(rf"{PARTY_ADJECTIVES} (?={_TITLE_WORD_RE.pattern})")


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Common given names from many regions (data/given_names.txt)."""
    text = (
        resources.files("briefer.analysis").joinpath("data", "given_names.txt").read_text("utf-8")
    )
    return frozenset(
        w for line in text.splitlines() if not line.startswith("#") for w in line.split()
    )


def organisation_candidates(
    text: str,
    known: Callable[[str], bool],
    adjective: Callable[[str], str | None] = lambda _: None,
    actor: Callable[[str], str | None] = lambda _: None,
    body: Callable[[str], str | None] = lambda _: None,
) -> list[Found]:
    """Organisations by head word: "Serbian Progressive Party", "Ministry of Defence".

    A possessive splits the name: in "Colombia's Foreign Ministry" the state stays a mention of
    its own and the ministry becomes "Colombian Foreign Ministry" (`adjective` maps a state's
    form to its adjective); "Venezuela's National Electoral Council" leaves the council's name.
    Two organisations joined by "and" are two candidates. `actor` maps a known form to its
    canonical actor, so that "U.S. State Department" is left to the gazetteer.

    A body of a known organisation ("the Board of Governors of the IAEA", "the Famine Review
    Committee of the IPC") speaks for that organisation: `body` maps a known form to its
    canonical name when it is an organisation. A head word that only starts a title ("Chief
    Cabinet Secretary Yoshimasa Hayashi") is no organisation.
    """
    found: list[Found] = []
    spans = list(_spans_before_heads(text))
    spans += [m.span("org") for m in _scan(text).finditer(ORG_HEAD_FIRST_RE)]

    def alone(name: str) -> bool:
        """A known name of any kind, people's included, stands alone before "and"."""
        return known(name) or actor(name) is not None

    found += _named_groups(text, known, actor)
    found += _led_bodies(text)
    for start, end in spans:
        start = _skip_leading_stopwords(text, start, end)
        start = _skip_leading_group(text, start, end)
        for part_start, part_end in _split_conjoined(text, start, end, alone):
            org = _organisation(text, part_start, part_end, known, adjective, actor)
            if org is not None and not _only_a_title(text, org) and not _a_marine(org, known):
                found.append(_body_of_known(text, org, body))
    return found


def _a_marine(org: Found, known: Callable[[str], bool]) -> bool:
    """ "a U.S. Marine", "a Royal Marine": a soldier of a known force, not a company named
    "... Marine" ("Chonghaejin Marine")."""
    before, _, last = org.canonical.rpartition(" ")
    return last == "Marine" and (before == "Royal" or known(before))


#: Words that open a body's name in Urdu, Arabic and Persian as "Party" or "Movement" end one in
#: English: "Jamiat Ulema-e-Islam", "Tehreek-e-Labbaik Pakistan", "Hizb ut-Tahrir", "Harakat
#: al-Nujaba", "Hizbul Mujahideen". (A word that also opens a place's name, as "Lashkar" does
#: "Lashkar Gah", is left out.)
BODY_LEADS = r"(?:Jama['’]?at|Jamath|Jamiat|Tehreek|Tehrik|Harakat|Harkat|Hizb|Hizbul|Hezb)"
_BODY_LEAD_RE = re.compile(rf"{BODY_LEADS}(?![^\W_])")
_LED_BODY_RE = re.compile(
    rf"(?<![\w'’-]){BODY_LEADS}(?![^\W_])(?:-(?!{_NOT_NAME_SUFFIX})[^\W\d_]+)*"
    rf"(?:{_SP}(?:(?:[a-z]{{1,3}})-)?{_U}[^\W\d_]*(?:-(?!{_NOT_NAME_SUFFIX})[^\W\d_]+)*){{0,3}}",
    _FLAGS,
)
#: Last words that make a led name a place's: "Jamaat Street", "Hizb Square".
_PLACE_LAST_RE = re.compile(r"\s(?:Street|Road|Avenue|Lane|Square|Mosque|Market|Bazaar|Gate)$")


def _led_bodies(text: str) -> list[Found]:
    """Bodies named by an opening word (`BODY_LEADS`) and at least one word more, joined by a
    hyphen or a space: organisations whatever the words after (a state's name among them:
    "Tehreek-e-Labbaik Pakistan" is no mention of Pakistan)."""
    found: list[Found] = []
    for m in _scan(text).finditer(_LED_BODY_RE):
        name = _clean(m.group())
        if _PLACE_LAST_RE.search(name):
            continue
        if " " not in name and "-" not in name.strip("-"):
            continue  # the opening word alone is no name
        found.append(Found(m.start(), m.start() + len(name), name, "ORG", RANK_RULE))
    return found


#: A lower-case noun after a name that makes the name a group's: "his Saraya al-Salam militia",
#: "the Ennahda party". Found from the noun (rare), then the name before it.
_GROUP_NOUN_RE = re.compile(r" (?:militia|militias|movement|party|faction|rebel group)\b")
_NAME_BEFORE_GROUP_RE = re.compile(rf"(?<![\w'’-]){NAME}$", _FLAGS)


def _named_groups(
    text: str, known: Callable[[str], bool], actor: Callable[[str], str | None]
) -> list[Found]:
    """Groups named before the noun that says what they are ("the Saraya al-Salam militia",
    "the Ennahda party"): the name is an organisation's, not a person's. A known name
    ("the Hamas movement", "the Kurdish militia") is left to the gazetteer; a name opening a
    sentence is read only when the text names it so elsewhere too."""
    found: list[Found] = []
    for noun in _scan(text).finditer(_GROUP_NOUN_RE):
        m = _NAME_BEFORE_GROUP_RE.search(text, max(0, noun.start() - 60), noun.start())
        if m is None:
            continue
        start = _skip_leading_stopwords(text, m.start(), m.end())
        name = text[start : m.end()]
        if not name or _is_stop(name.split()[0]) or known(name) or actor(name) is not None:
            continue
        if any(_is_stop(w) or known(w) or w in _HEAD_WORDS for w in name.split()):
            continue  # "the Hezbollah-backed", "Progressive Party": not a bare group's name
        if " " not in name and name.endswith("ist"):
            continue  # "a local Islamist militia": what kind of group, not its name
        if name.isupper() and not _acronym_in_prose(text, start, name):
            continue  # a shouted headline ("THE PEOPLE'S PARTY")
        if text[max(0, start - 2) : start].strip(" ") in ("", ".", "\n"):
            continue
        found.append(Found(start, m.end(), _clean(name), "ORG", RANK_RULE))
    return found


_LOWER_WORD_BEFORE_RE = re.compile(r"(?<![\w'’-])[a-z][a-z-]*\s$")


def _acronym_in_prose(text: str, start: int, name: str) -> bool:
    """An acronym after a lower-case word ("the ruling XYZ party", "the communist XYZ party"):
    a group's short name in running text, not a shouted headline."""
    return (
        " " not in name
        and 2 <= len(name) <= 7
        and _LOWER_WORD_BEFORE_RE.search(text, max(0, start - 30), start) is not None
    )


_HEAD_SCAN_RE = re.compile(rf"(?={_U})\b(?:{ORG_HEADS})(?:\s(?:{ORG_HEADS}))?\b", _FLAGS)
_WORDS_BEFORE_HEAD_RE = re.compile(
    rf"(?<![\w'’-])(?:{_ORG_WORD}{_SP}(?:{_ORG_LINK}{_SP})?)*?{_ORG_WORD}{_SP}$", _FLAGS
)
_ORG_TAIL_RE = re.compile(
    rf"{_SP}(?:of|for|on){_SP}(?:the{_SP})?{_ORG_WORD}"
    rf"(?:{_SP}(?:and{_SP}|(?:of|for){_SP}(?:the{_SP})?)?{_ORG_WORD}){{0,4}}\b",
    _FLAGS,
)


_CAPITAL_NEXT_RE = re.compile(rf"{_SP}{_U}", _FLAGS)


def _not_last(text: str, head: re.Match[str]) -> bool:
    """True for a head word that counts only at a name's end (`LAST_ONLY_HEADS`) with a
    capitalised word after it: "Royal Air Maroc", "Air Vice-Marshal"."""
    word = head.group()
    return (
        word.rsplit(None, 1)[-1] in LAST_ONLY_HEADS
        and _CAPITAL_NEXT_RE.match(text, head.end()) is not None
    )


def _spans_before_heads(text: str) -> Iterable[tuple[int, int]]:
    """Capitalised words ending in a head word ("Serbian Progressive Party"), found from the
    head backwards: head words are rare, so this is much faster than trying every capital."""
    last_end = 0
    for head in _scan(text).finditer(_HEAD_SCAN_RE):
        if head.start() < last_end or _not_last(text, head):
            continue
        lo = max(last_end, head.start() - 160)
        before = _WORDS_BEFORE_HEAD_RE.search(text[lo : head.start()])
        if before is None:
            continue
        end = head.end()
        tail = _ORG_TAIL_RE.match(text, end)
        if tail is not None:
            end = tail.end()
        last_end = end
        yield lo + before.start(), end


_TITLE_IN_RE = re.compile(rf"\b{TITLES}\b", _FLAGS)
_CONJUNCTION_RE = re.compile(r"\s(?:and|&)\s(?:the\s)?")
_HEAD_RE = re.compile(rf"(?:^|\s)(?:{ORG_HEADS})(?:\s|$)")


_LOWER_WORD_AFTER_RE = re.compile(r" [a-z]")
_LEADING_OF_RE = re.compile(
    rf"((?:[^\W\d_][\w'’.-]*{_SP}){{0,4}}[^\W\d_][\w'’-]*){_SP}of{_SP}(?:the{_SP})?"
)


def _skip_leading_group(text: str, start: int, end: int) -> int:
    """ "Members of the Rohingya Solidarity Organisation" -> the organisation, and "Professor
    Laurence Broers of Chatham House" -> the institute (the person is a name of its own): words
    with no head word among them, before "of", belong to the sentence, not to the body's name."""
    m = _LEADING_OF_RE.match(text, start, end)
    if m is None or any(w in _HEAD_WORDS for w in m.group(1).split()):
        return start
    if _HEAD_RE.search(text[m.end() : end]) is None:
        return start  # "Government of National Unity": the whole is the name
    return m.end()


def _split_conjoined(
    text: str, start: int, end: int, known: Callable[[str], bool] = lambda _: False
) -> list[tuple[int, int]]:
    """ "Ministry of Defence and the Ministry of Interior" -> two spans; "Ministry of Foreign
    Affairs and Trade" and "State Investigation and Protection Agency" stay one (a part without
    a head word belongs with its neighbour), while "Serbia and Kosovo Police" is two names: a
    known name before "and" stands alone."""
    cuts = list(_CONJUNCTION_RE.finditer(text, start, end))
    if not cuts:
        return [(start, end)]
    spans: list[tuple[int, int]] = []
    part_start = start
    for cut in cuts:
        spans.append((part_start, cut.start()))
        part_start = cut.end()
    spans.append((part_start, end))
    merged: list[tuple[int, int]] = []
    pending: int | None = None  # start of head-less leading parts, waiting for a head
    for span in spans:
        headed = _HEAD_RE.search(text[span[0] : span[1]]) is not None
        if (
            not headed
            and merged
            and known(text[span[0] : span[1]])
            and _LOWER_WORD_AFTER_RE.match(text, span[1])
        ):
            continue  # "Ministry of Foreign Affairs and the Canadian embassy": no part of it
        if not headed and merged:
            merged[-1] = (merged[-1][0], span[1])
        elif (
            not headed
            and pending is None
            and (known(text[span[0] : span[1]]) or _TITLE_IN_RE.search(text, span[0], span[1]))
        ):
            merged.append(span)  # a name or a titled person of its own, not a body's start
        elif not headed:
            pending = span[0] if pending is None else pending
        else:
            merged.append((span[0] if pending is None else pending, span[1]))
            pending = None
    if pending is not None:
        merged.append((pending, end))
    return merged


def _organisation(
    text: str,
    start: int,
    end: int,
    known: Callable[[str], bool],
    adjective: Callable[[str], str | None],
    actor: Callable[[str], str | None],
) -> Found | None:
    end = _cut_tail(text, start, end)
    owner = None
    poss = _POSSESSOR_RE.search(text, max(0, start - 40), start)
    if poss is not None:
        owner = poss.group(1)
    name = text[start:end]
    words_ = name.split()
    if not words_ or words_[0] in ("of", "for", "on", "and", "the"):
        return None
    if len(words_) < 2 and owner is None:
        return None
    if not _HEAD_RE.search(name):
        return None
    if known(name):
        return None
    # "U.S. State Department": both parts name the same actor; the gazetteer has it.
    if len(words_) >= 2:
        first, rest = actor(words_[0]), actor(" ".join(words_[1:]))
        if first is not None and first == rest:
            return None
        # "US Federal Bureau of Investigation", "United States Federal Aviation Administration":
        # a state's name before a body the gazetteer knows by its own name; two mentions.
        for size in range(1, min(3, len(words_) - 1) + 1):
            lead = " ".join(words_[:size])
            if (
                actor(lead) is not None
                and adjective(lead) is not None
                and actor(" ".join(words_[size:])) is not None
            ):
                return None
    canonical = _clean(name)
    if owner is None and _states_institution(words_, adjective, actor):
        # "the Bulgarian National Assembly" is the National Assembly, as "Bulgaria's National
        # Assembly" is: the adjective says whose it is, the name is the body's own.
        canonical = _clean(" ".join(words_[1:]))
    if owner is not None:
        adj = adjective(owner)
        if adj is None and len(words_) < 2:
            return None
        if adj is not None and re.search(r"\b(?:Ministry|Office|Department)\b", name):
            canonical = f"{adj} {canonical}"
        elif adj is not None and actor(f"{adj} {canonical}") is not None:
            # "Sweden's Security Service" is the Swedish Security Service the gazetteer knows
            canonical = actor(f"{adj} {canonical}") or canonical
    return Found(start, end, canonical, "ORG", RANK_RULE)


#: Words that name a state's institution only by what it is ("National Assembly", "Supreme
#: Court", "Senate"): with a state's adjective before them the adjective is no part of the name.
#: Ministries keep it ("Colombian Foreign Ministry"); forces and parties often bear it in their
#: own names ("Philippine Coast Guard", "Serbian Progressive Party").
INSTITUTION_WORDS = frozenset(
    words(
        """
        National Supreme Constitutional High Federal Electoral Legislative Upper Lower Court
        Assembly Parliament Senate Congress Council House Chamber of Representatives Deputies
        """
    )
)


def _states_institution(
    words_: list[str],
    adjective: Callable[[str], str | None],
    actor: Callable[[str], str | None],
) -> bool:
    """True for "Bulgarian National Assembly": a state's adjective, then an institution named
    only by what it is, in two words or more ("Spanish Senate" keeps its adjective: a bare
    "Senate" tells the later stages nothing of whose it is)."""
    if len(words_) < 3 or not all(w in INSTITUTION_WORDS for w in words_[1:]):
        return False
    if words_[-1] in ("of", "National", "Supreme", "Federal", "High"):
        return False
    state = actor(words_[0])
    return state is not None and adjective(state) == words_[0]


_POSSESSOR_RE = re.compile(r"([\w.-]+)['’]s $")
_OF_BODY_RE = re.compile(r"\s(?:of|for)\s(?:the\s)?")
#: Title nouns after which a head word is part of a title: "Chief Cabinet Secretary".
_TITLE_AFTER_RE = re.compile(
    r" (?:Secretary|Minister|Spokesperson|Spokesman|Spokeswoman|Chairman|Chairwoman|Chair|"
    r"Director|Head|Leader|Member|Members)\b"
)
_TITLE_LEADS = frozenset(
    words(
        """
        Chief Deputy Vice Acting Interim Senior Executive General Principal Permanent Former
        Assistant Under Special First Second Third
        """
    )
)


def _only_a_title(text: str, org: Found) -> bool:
    """True if the name is a title's lead-in, not a body: "Chief Cabinet" before "Secretary"."""
    if _TITLE_AFTER_RE.match(text, org.end) is None:
        return False
    *lead, _head = text[org.start : org.end].split()
    return bool(lead) and all(w in _TITLE_LEADS for w in lead)


def _body_of_known(text: str, org: Found, body: Callable[[str], str | None]) -> Found:
    """ "Famine Review Committee of the Integrated Food Security Phase Classification" and
    "OAS Permanent Council" -> the known organisation they belong to; any other name unchanged.
    (EU institutions have names of their own in the gazetteer, so they stay themselves.)"""
    name = text[org.start : org.end]
    for link in _OF_BODY_RE.finditer(name):
        owner = body(_clean(name[link.end() :]))
        if owner is not None:
            return org._replace(canonical=owner)
    words_ = name.split()
    for size in range(min(3, len(words_) - 1), 0, -1):  # "OAS", "African Union", "UN ..."
        owner = body(" ".join(words_[:size]))
        rest = " ".join(words_[size:])
        if owner is not None and _HEAD_RE.search(rest):
            if " " in rest and _OWN_NAME_HEAD_RE.search(rest):
                return org  # "UN Mission for X", "UN Development Programme": its own name
            return org._replace(canonical=owner)
    return org


#: Heads of a body that acts in its own name inside its organisation: a mission, an agency, a
#: programme or a fund keeps its name ("UN Mission for Ebola Emergency Response").
_OWN_NAME_HEAD_RE = re.compile(r"\b(?:Mission|Agency|Programme|Program|Fund)\b")


def event_candidates(text: str, cues: list[Cue] | None = None) -> list[Found]:
    """Named events and agreements ("Brussels Agreement", "Dayton Peace Agreement", "Cold War"),
    so that the capital inside one is not counted as its government."""
    found: list[Found] = []
    last_end = 0
    for head in _scan(text).finditer(_EVENT_HEAD_RE):
        if head.start() < last_end:
            continue
        lo = max(last_end, head.start() - 120)
        before = _WORDS_BEFORE_EVENT_RE.search(text[lo : head.start()])
        tail = _EVENT_TAIL_RE.match(text, head.end())
        if before is None and tail is None:
            continue
        # (a head first, its name after it: "a Declaration on Allied Interaction")
        start, end = (head.start() if before is None else lo + before.start()), head.end()
        if tail is not None:
            end = tail.end()
        last_end = end
        start = _skip_leading_stopwords(text, start, end, keep=_EVENT_LEADS)
        end = _cut_tail(text, start, end)
        name = text[start:end]
        if len(name.split()) < 2:
            continue
        found.append(Found(start, end, _clean(name), "EVENT", RANK_RULE))
    for cue, cue_start, after in find_cues(text) if cues is None else cues:
        # "Operation Protective Edge": a military operation is an event, not a person.
        m = _OPERATION_NAME_RE.match(text, after) if cue == "Operation" else None
        if m is None:
            continue
        kept: list[str] = []
        for word in m.group("name").split():
            if _is_stop(word):
                break
            kept.append(word)
        if kept:
            name = "Operation " + " ".join(kept)
            found.append(Found(cue_start, cue_start + len(name), name, "EVENT", RANK_RULE))
    return found


_TAIL_LINKS = frozenset(words("of on for the and"))
#: Words that end a name's tail: "Treaty of Lausanne on Monday", "Court of Appeal in January".
_TAIL_STOP = frozenset(
    MONTHS
    + WEEKDAYS
    + words("The However Meanwhile But And In On At After Before Since During Today Yesterday")
)


def _cut_tail(text: str, start: int, end: int) -> int:
    """End a name before a stopword in its tail ("Treaty of Lausanne on Monday" -> "Treaty of
    Lausanne") and drop trailing connectors."""
    words_ = list(_TOKEN_RE.finditer(text[start:end]))
    keep = len(words_)
    for i, w in enumerate(words_[1:], start=1):
        if w.group().rstrip(".,") in _TAIL_STOP:
            keep = i
            break
    while keep > 1 and words_[keep - 1].group() in _TAIL_LINKS:
        keep -= 1
    return start + words_[keep - 1].end()


_EVENT_LEADS = frozenset(words("First Second Third Cold Western Eastern Northern Southern Central"))


def _skip_leading_stopwords(
    text: str, start: int, end: int, keep: frozenset[str] = frozenset()
) -> int:
    """Move past "The", "However", "On Tuesday the" at the start of an organisation's name."""
    while True:
        word = _TOKEN_RE.match(text, start, end)
        if word is None:
            return start
        lead = word.group()
        if lead[0].isupper() and (not _is_stop(lead) or lead in _ORG_LEADS or lead in keep):
            return start
        start += len(lead)
        while start < end and text[start].isspace():
            start += 1


#: ("Air" only ends a name: "Air Accidents Investigation Branch" is no body by its "Air".)
_HEAD_WORDS = frozenset(h.replace("\\", "") for h in ORG_HEADS.split("|")) - LAST_ONLY_HEADS
#: Head words public: `entities` resolves a bare "the Commission" through them.
HEAD_WORDS = _HEAD_WORDS
_EVENT_HEAD_WORDS = frozenset(EVENT_HEADS.split("|"))
#: Stopwords that may still lead an organisation's name: "Foreign Ministry", "State Department".
_ORG_LEADS = _HEAD_WORDS | frozenset(
    words(
        """
        Foreign Defence Defense Interior Justice Finance Economy Health Security State Central
        Government Army Police Western Eastern Northern Southern National General Supreme
        President Prime Chief Union English French German Russian Spanish Arabic Chinese Serbian
        Albanian Turkish Ukrainian Catholic Orthodox New Old Royal International
        """
    )
)


#: The rules run over the whole text whose matches begin with literal words (titles, head words,
#: a quote or a noun after a space): one pass finds where all of them may begin, instead of a
#: regex search of every position for each (see `prefilter.StartIndex`).
#: A relative named by given name alone ("his daughter Yulia", "Ortega's daughter Camila"):
#: found from the kin word; the name is the given name alone, no surname after it.
_KIN_GIVEN_RE = re.compile(
    rf"(?:{'|'.join(sorted(_KIN_WORDS))}) (?P<given>{CAPWORD})(?![\w'’-])(?!{_SP}+{_U})", _FLAGS
)
#: Before the kin word: "his "/"her " (the person named last) or a name's possessive.
_KIN_OWNER_RE = re.compile(rf"(?:\b(?:[Hh]is|[Hh]er)|(?P<owner>{CAPWORD})['’]s) $", _FLAGS)
#: Two relatives named with one family name: "two brothers, Huseyn and Ziyaddin Safarov".
_FAMILY_PAIR_RE = re.compile(
    rf"(?:brothers|sisters|siblings|sons|daughters|twins|cousins|couple),?{_SP}"
    rf"(?P<first>{CAPWORD}) and (?P<second>{CAPWORD}) (?P<family>{CAPWORD})(?![\w'’-])"
    rf"(?!{_SP}+{_U})",
    _FLAGS,
)
_WHOLE_TEXT_RULES = StartIndex(
    (
        *(TITLE_NAME_RE, _NICKNAME_RE, ORG_HEAD_FIRST_RE, _GROUP_NOUN_RE, _HEAD_SCAN_RE),
        _LED_BODY_RE,
        *(_EVENT_HEAD_RE, _KIN_GIVEN_RE, _FAMILY_PAIR_RE, PLACE_RE),
    )
)
_last_scan: Scan | None = None


def _scan(text: str) -> Scan:
    """`text` scanned for the whole-text rules, once for the several rules that read it in turn
    (found by identity: `find_mentions` passes them the same string)."""
    global _last_scan
    last = _last_scan  # read once: another thread may replace it meanwhile
    if last is not None and last.text is text:
        return last
    scan = _last_scan = _WHOLE_TEXT_RULES.scan(text)
    return scan


class Relative(NamedTuple):
    """A relative named by given name alone: the given name's offsets, and the surname of the
    person it belongs to when a possessive says it ("Ortega's daughter Camila"), else None
    (then "his"/"her": the person named last)."""

    start: int
    end: int
    given: str
    surname: str | None


def relatives(text: str, known: Callable[[str], bool]) -> list[Relative]:
    """Relatives named by given name alone after "his"/"her" or a person's possessive and a kin
    word ("Sergei Skripal and his daughter Yulia"): `entities` gives them the family's name."""
    found: list[Relative] = []
    for m in _scan(text).finditer(_KIN_GIVEN_RE):
        given = m.group("given")
        if _is_stop(given) or known(given) or given.isupper():
            continue
        owner = _KIN_OWNER_RE.search(text, max(0, m.start() - 40), m.start())
        if owner is None:
            continue
        surname = owner.group("owner")
        if surname is not None and (_is_stop(surname) or known(surname)):
            continue  # "Russia's son ...", "The's": no person's possessive
        found.append(Relative(*m.span("given"), given, surname))
    return found


def family_candidates(text: str, known: Callable[[str], bool]) -> list[Found]:
    """Two relatives named with one family name after a kin word ("two brothers, Huseyn and
    Ziyaddin Safarov", "the couple, Ana and Luis Ortega"): each a person of that family, the
    first one's mention being the given name alone."""
    found: list[Found] = []
    for m in _scan(text).finditer(_FAMILY_PAIR_RE):
        first, second, family = m.group("first", "second", "family")
        if any(_is_stop(w) or known(w) for w in (first, second, family)):
            continue
        found.append(Found(*m.span("first"), f"{first} {family}", "PERSON", RANK_RULE))
        found.append(
            Found(m.start("second"), m.end("family"), f"{second} {family}", "PERSON", RANK_RULE)
        )
    return found


def place_candidates(text: str, known: Callable[[str], bool]) -> list[Found]:
    """Unknown places after a place preposition: "clashes in Rudare", "near Banjska"."""
    found: list[Found] = []
    for m in _scan(text).finditer(PLACE_RE):
        start, end = m.span("place")
        end = _strip_possessive(text, start, end)
        start, end = _trim_name(text, start, end, known)
        name = text[start:end]
        if not name or any(w in _HEAD_WORDS or _is_stop(w) for w in name.split()):
            continue
        if name.isupper() and len(name) <= 5:
            continue  # an acronym no list knows: not safely a place
        type_ = "LOC" if _GEO_HEADS.search(" " + name) else "GPE"
        found.append(Found(start, end, _clean(name), type_, RANK_RULE))
    return found


_LINE_RE = re.compile(r"[^\n]+")
_LONG_WORD_RE = re.compile(r"[^\W\d_][\w'’-]{3,}")


def headline_lines(text: str) -> list[tuple[int, int]]:
    """Spans of lines written in title case ("Serbia Puts Army on Alert as Tensions Rise").

    Capitals carry no signal there, so the rules stay out of them; the gazetteer still works.
    """
    spans: list[tuple[int, int]] = []
    for m in _LINE_RE.finditer(text):
        line = m.group().rstrip()
        if len(line) > 200 or line.endswith((".", "!", "?", '"', "”", ":")):
            continue  # headlines carry no final stop; sentences do
        if line.lstrip().startswith(("By ", "(", "[")):
            continue  # bylines and credits: names, not title case
        long_words = _LONG_WORD_RE.findall(line)
        if len(long_words) < 3:
            continue
        capitalised = sum(1 for w in long_words if w[0].isupper())
        if capitalised / len(long_words) >= 0.75:
            spans.append(m.span())
    return spans


_GIVEN_NAME_HYPHENATED_RE = re.compile(r"[A-Z][a-z]{1,5}-[a-z]{2,5}")


@lru_cache(maxsize=4096)
def surname_forms(full: str) -> frozenset[str]:
    """Shorter forms a text may use for a person named in full: surname, double surname.
    (Cached: every document asks for the forms of each person it names, twice or more.)"""
    parts = [p for p in full.split() if p not in ("II", "III", "IV", "Jr.", "Sr.", "Jr", "Sr")]
    forms: set[str] = set()
    if len(parts) < 2:
        return frozenset()
    last = parts[-1]
    if parts[-2] not in PATRONYMIC_PARTICLES:  # "Salman" alone is the father of "X bin Salman"
        forms.add(last)
    # East Asian order, family name first: "Lai Ching-te" is "Mr Lai", "Tsai Ing-wen" "Ms Tsai".
    if len(parts) == 2 and _GIVEN_NAME_HYPHENATED_RE.fullmatch(last):
        forms.add(parts[0])
    # "al-Sisi" is also written "Sisi".
    if "-" in last and last.split("-", 1)[0].lower() in HYPHEN_PARTICLES.split("|"):
        forms.add(last.split("-", 1)[1])
    # Hispanic double surnames: "Edmundo González Urrutia" is "González", "López Obrador".
    if len(parts) >= 3 and parts[-2][:1].isupper():
        forms.add(parts[-2])
        forms.add(f"{parts[-2]} {last}")
    # "da Silva", "von der Leyen": the particle belongs with the surname.
    i = len(parts) - 1
    while i > 1 and parts[i - 1] in SPACE_PARTICLES.split("|"):
        i -= 1
    if i < len(parts) - 1:
        forms.add(" ".join(parts[i:]))
        if parts[i - 1][:1].isupper() and i >= 2:
            forms.add(parts[i - 1])
    return frozenset(f for f in forms if f not in STOPWORDS and len(f) >= 3)


def surname_candidates(
    text: str,
    people: Iterable[str],
    taken: Callable[[int, int], bool],
    headline: Callable[[int], bool] = lambda _: False,
    latest: Callable[[str, int], str | None] = lambda _form, _at: None,
) -> list[Found]:
    """Later mentions of a person by surname (or full name) alone: "Vučić said" -> the full name.

    A surname shared by two people in the text goes to the one `latest` names (the bearer most
    recently named in full before it: "Hunter Biden ... Biden said"), and is left alone when
    there is none; so is a one-word form followed by another capitalised name word outside a
    title-case headline (`headline` tells): "Aung" in "Aung San Suu Kyi" is not Min Aung Hlaing.
    """
    by_form: dict[str, str] = {}
    clash: set[str] = set()
    for full in people:
        for form in surname_forms(full) | {full}:
            if form in by_form and by_form[form] != full:
                clash.add(form)
            by_form.setdefault(form, full)
    usable = [f for f in by_form if f[0] in _UPPER_SET]
    # Each form's occurrences with a word boundary on both sides, then the leftmost-longest
    # non-overlapping ones: what one alternation regex (longest form first) would find,
    # without compiling a new regex for every document.
    longest: dict[int, str] = {}
    for form in usable:
        at = text.find(form)
        while at >= 0:
            end = at + len(form)
            if (
                not (at and _word_char(text[at - 1]))
                and not (end < len(text) and _word_char(text[end]))
                and len(form) > len(longest.get(at, ""))
            ):
                longest[at] = form
            at = text.find(form, at + 1)
    found: list[Found] = []
    after = 0
    for at in sorted(longest):
        if at < after:
            continue
        form = longest[at]
        after = at + len(form)
        if " " not in form and _followed_by_name(text, after) and not headline(at):
            continue
        if taken(at, after):
            continue
        person = latest(form, at) if form in clash else by_form[form]
        if person is not None:
            found.append(Found(at, after, person, "PERSON", RANK_SURNAME))
    return found


_UPPER_SET = frozenset(UPPER)
_NEXT_WORD_RE = re.compile(r" ([^\s,.;:!?)\]’'\"”]+)")


def _followed_by_name(text: str, end: int) -> bool:
    """True if a capitalised word that is no stopword follows: "Aung| San"."""
    m = _NEXT_WORD_RE.match(text, end)
    return m is not None and m.group(1)[0] in _UPPER_SET and not _is_stop(m.group(1))


def _word_char(ch: str) -> bool:
    """What `[\\w-]` matches: a letter, digit, underscore or hyphen."""
    return ch.isalnum() or ch in "_-"
