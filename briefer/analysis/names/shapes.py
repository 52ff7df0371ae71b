"""What a name looks like, shared by every rule that finds one: the letters, particles and
word shapes (`CAPWORD`, `NAME`), the word lists that stop a name (`STOPWORDS`, months,
weekdays), the head words of organisations and events, titles, roles and reporting verbs, the
candidate type `Found` with its ranks, and the cue words that anchor the rules.

Every rule is anchored on a cue, because capitalisation alone is a poor signal in English:
sentence starts, months, weekdays, "Western" and headline case are all capitalised (lines in
title case are left to the gazetteer, see `headline_lines`). Names never run over a line break.
Candidates from the rules (`names.persons`, `names.organisations`, `names.events`, `names.places`,
`names.surnames`) rank below the gazetteer; `entities.find_mentions` merges them.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import Any, NamedTuple

import ahocorasick

from briefer.analysis.verbs import ANNOUNCE, ATTITUDE, EMPHASISE, SAY, alternation
from briefer.sources.dates import WEEKDAYS as WEEKDAYS


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
U = f"[{re.escape(UPPER)}]"
_APOS = "['’]"

#: Lower-case particles joined by a hyphen: al-Sisi, el-Sisi, bin-Zayed, ul-Haq.
HYPHEN_PARTICLES = "al|el|ad|ar|as|ash|at|az|ud|ul|bin|ben|abu"
#: Lower-case particles standing alone inside a name: bin Salman, von der Leyen, da Silva; the
#: Spanish and Portuguese "and" and "of" between surnames: Ortega y Gasset, Vassalo e Silva,
#: Xavier do Amaral.
SPACE_PARTICLES = (
    "al|el|bin|ibn|bint|ben|abu|van|von|de|da|di|du|del|della|der|den|la|le|dos|das|ter|zu|y|e|do"
)
PARTICLES = f"{HYPHEN_PARTICLES}|{SPACE_PARTICLES}"
#: Particles meaning "son/daughter of": the word after one names the father ("Mohammed bin
#: Salman" is the son of King Salman), so alone it is no short form of the son's name.
PATRONYMIC_PARTICLES = frozenset(("bin", "ibn", "bint", "ould"))
#: One capitalised word: Vučić, O'Brien, Jean-Pierre, Al-Sisi, McDonald.
NOT_NAME_SUFFIX = r"(?:led|based|born|backed|run|style|era|owned|made|bound|speaking|held|type)\b"
_CAPWORD_TAIL = (
    rf"\w*(?:{_APOS}(?:{U}\w*|[a-z]{{2,}}))*"  # O'Brien; Arabic Ra'ad, Sa'ad, Jama'at
    rf"(?:-(?:{U}\w*|(?!{NOT_NAME_SUFFIX})[a-z]{{2,5}}\b))*"
)
CAPWORD = rf"{U}{_CAPWORD_TAIL}"
#: An initial or initials inside a name: "W.", "J.D.", "F." (George W. Bush, J.D. Vance).
_INITIALS_TAIL = rf"\.(?:-?{U}\.)*(?!\w)"
INITIALS = rf"{U}{_INITIALS_TAIL}"
#: A word inside a name: a capitalised word, an initial, "Jr.", "al-Sisi", or particles then a
#: capitalised word ("bin Salman", "von der Leyen").
#: Capitalised particles that join the next word in Arabic and Sahelian names, counted with it
#: as one word of the name: "Sabah Al Ahmad Al Jaber Al Sabah", "Mohamed Ould Ghazouani".
CAP_PARTICLES = "Al|El|Bin|Bint|Ibn|Ould|Ag"
#: A compass word after a particle names a region, not a family: "Rio Grande do Sul", "Mato
#: Grosso do Sul", "Rio Grande do Norte".
_NOT_A_REGION = r"(?!(?:Sul|Norte|Oeste|Leste|Sur)\b)"
NAME_WORD = (
    rf"(?:Jr\.|Sr\.|{INITIALS}|(?:{HYPHEN_PARTICLES})-{CAPWORD}"
    rf"|(?:(?:{SPACE_PARTICLES}) ){{1,2}}{_NOT_A_REGION}{CAPWORD}"
    rf"|(?:{CAP_PARTICLES}) {CAPWORD}|{CAPWORD})"
)
_ROMAN = r"(?: (?:II|III|IV|VI|VII|VIII|Jr\.|Sr\.))?"
_NAME_START = rf"(?:{INITIALS}|{CAPWORD})"
NAME = rf"{_NAME_START}(?: {NAME_WORD}){{0,3}}{_ROMAN}"
INITIALS_RE = re.compile(rf"{INITIALS}|Jr\.|Sr\.")

TOKEN_RE = re.compile(r"\S+")

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
        Approximately Despite Unlike Like Per Via Whether Unless Once Whenever Wherever Whatever
        """
    )
)

#: Head words that make the capitalised words before them an organisation. Companies' words
#: count too: Japanese ones ("Shoei Kisen Kaisha", "Mitsubishi Jukogyo", "Toyota Tsusho"), and
#: "Air" or "Aviation" ending a name ("Qazaq Air"; `LAST_ONLY_HEADS`).
ORG_HEADS = (
    "Ministry|Party|Council|Agency|Commission|Front|Movement|Army|Forces|Force|Police|Committee|"
    "Assembly|Parliament|Court|Tribunal|Union|Alliance|Institute|Bank|Office|Mission|Corporation|"
    "Group|Company|Organisation|Organization|Association|Federation|Confederation|Foundation|"
    "Fund|Authority|"
    "Service|Services|Guard|Brigade|Battalion|Regiment|Militia|Coalition|Congress|Senate|Cabinet|"
    "Secretariat|Directorate|Department|Bureau|Board|Centre|Center|University|Church|Patriarchate|"
    "Network|Society|Trust|Watch|Monitor|Observatory|Endowment|Programme|Program|Administration|"
    "Prosecution|"
    "Chamber|Chambers|League|Conference|Forum|Partnership|Academy|Inc\\.|Ltd|Ltd\\.|Corp\\.|LLC|AG|"
    "SA|Media|News|Times|Post|Herald|Gazette|Television|TV|Radio|Press|House|Unit|Units|Brigades|"
    "Fleet|Navy|Airlines|Airways|Motors|Cartel|Jamaat|Jamath|Jama'at|"
    "Kaisha|Kabushiki|Kogyo|Jukogyo|Sangyo|Tsusho|Shosen|Kaiun|Seiyaku|Denki|Air|Aviation|"
    "Procuratorate|Shipping|Petroleum|Marine|Energy|Oil|Logistics|"
    # regiments ("the Tanganyika Rifles", "the Queen's Own Highlanders"), parties and ruling
    # councils ("Rally of Forces for Change", "Junta of National Salvation")
    "Rifles|Highlanders|Fusiliers|Commando|Commandos|Legion|Rangers|Rally|Junta"
)
#: Head words that make a name only as its last word: "Qazaq Air", "Korean Air", but not the
#: "Air" of "Royal Air Maroc" or "Air Marshal", nor the "Aviation" of "Aviation Week".
LAST_ONLY_HEADS = frozenset(
    ("Air", "Aviation", "Shipping", "Petroleum", "Marine", "Energy", "Oil", "Logistics")
)
#: Connectors allowed inside an organisation name: "Ministry of Foreign Affairs and Trade".
#: Whitespace inside a name: a space or tab, never a line break (paragraphs are apart).
SP = r"[^\S\n]"
ORG_LINK = rf"(?:of|for|on|and|the|de|&|of{SP}the|for{SP}the|on{SP}the)"

#: Titles and roles written before a name (capitalised forms).
TITLE_MODIFIERS = (
    r"(?:Vice|Deputy|Acting|Interim|Former|Outgoing|Incoming|Caretaker|Prime|Foreign|Defen[cs]e|"
    r"Interior|Finance|Justice|Economy|Energy|Health|Trade|Labour|Labor|Education|Security|"
    r"Chief|Senior|Special|Supreme|High|Grand|Crown|State|Opposition|Field|Lieutenant|Lt\.|"
    r"Maj\.|Brig\.|Brigadier|Major|Assistant|Associate|Executive|Cabinet|Rear|Detective|Police|"
    r"Staff|Petty|Warrant|Det\.|Leading|Able|"
    # senior ranks of sergeants and secretaries: "Master Sergeant X", "Sergeant Major X",
    # "Command Sergeant Major X", "First Secretary X"
    r"Master|Command|Gunnery|First|Sergeant)"
)
TITLES = (
    rf"(?:(?:{TITLE_MODIFIERS}|Secretary|General|Minister)[ -])*"
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
    # ranks of soldiers, airmen and police officers: "Specialist Jeremy Sivits", "Flight Lieutenant
    # Jerry Rawlings", "WPC Yvonne Fletcher"
    r"Specialist|Spc\.|Pfc\.|Airman|Lance\sCorporal|Flight\sLieutenant|Wing\sCommander|"
    r"Squadron\sLeader|Group\sCaptain|WPC|"
    # air force ranks above group captain: "Air Commodore X", "Air Vice-Marshal X"
    r"Air\sCommodore|Air\s(?:Vice[\s-]|Chief\s)?Marshal|"
    r"King|Queen|Prince|Princess|Emperor|Empress|Emir|Sheikh|Sheik|Sultan|Pope|Patriarch|"
    r"Archbishop|Bishop|Treasurer|Taoiseach|Administrator|Prosecutor[\s-]General|"
    r"(?:His|Her|Your)\s(?:Royal\s)?(?:Highness|Excellency|Majesty|Eminence|Holiness)|"
    r"Cardinal|Imam|Ayatollah|Rabbi|Reverend|Rev\.|Father|Sister|Brother|Lord|Lady|Sir|Dame|"
    # Islamic scholars' titles of South Asia and Iran: "Maulana X", "Hojatoleslam X"
    r"Maulana|Mawlana|Maulvi|Mawlawi|Hojatoleslam|Hojjatoleslam|"
    r"Mr\.?|Mrs\.?|Ms\.?|Miss|Dr\.?|Prof\.?|Professor|President-elect|Premier-designate|"
    # honorifics of Fiji and Malaysia: "Ratu Josefa Iloilo", "Tun Mahathir", "Tan Sri X"
    r"Ratu|Tun|Datuk|Dato['’]?|Tan\sSri|"
    # India's honorifics: "Shri Narendra Modi", "Smt. Droupadi Murmu"
    r"Shri|Shrimati|Smt\.)"
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
    r"assailant|hijacker|jihadist|"
    # rulers, delegates and people named by trade or age: "military ruler X", "the Soviet
    # delegate X", "the dissident astrophysicist X", "weightlifter X"
    r"ruler|dictator|strongman|delegate|scientist|physicist|astrophysicist|"
    r"engineer|coach|athlete|weightlifter|teenager|pastor|imam|monk|nun|hardliner|hard-liner|"
    r"colonel|lieutenant|sergeant|corporal)"
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

FLAGS = re.UNICODE
#: Maximal runs of capitalised name words: every person not found by a title starts here.
#: (`_NAME_START` with its first capital read before the look-behind, which then checks the
#: character before that capital: a pattern that opens on a character class lets the engine skip
#: to capitals instead of trying every position of the text.)
CAPRUN_RE = re.compile(
    rf"{U}(?<![\w'’-].)(?:{_INITIALS_TAIL}|{_CAPWORD_TAIL})(?: {NAME_WORD}){{0,4}}{_ROMAN}",
    FLAGS,
)
KIN_WORDS = frozenset(
    words("wife husband son daughter brother sister mother father widow girlfriend boyfriend")
)

#: What stands between a possessor and what it owns, named next to each other ("Germany's
#: Hapag-Lloyd", "The European Community's Commission"): the gap between the two mentions.
POSSESSIVE_GAPS = ("'s ", "’s ")

#: Plural possessives that belong to a body's name ("People's Liberation Army", "Kurdistan
#: Workers' Party"), unlike a possessor before it ("Colombia's Foreign Ministry").
_ORG_POSSESSIVE = (
    r"(?:People['’]s|Peoples['’]|Workers['’]|Women['’]s|Children['’]s|Farmers['’]|Veterans['’]|"
    r"Citizens['’]|Journalists['’]|Students['’]|Mothers['’]|Martyrs['’]|Lawyers['’]|Teachers['’]|"
    r"(?:Prosecutor|Ombudsman|Ombudsperson|Governor|Mayor|Auditor|Registrar)['’]s|"
    # regiments of a crown: "the King's African Rifles", "the Queen's Own Highlanders"
    r"King['’]s|Queen['’]s)"
)
#: An acronym, plain ("RSF", "G7") or dotted ("U.S."): a plain one's stop ends a sentence.
_ACRONYM = rf"[{re.escape(UPPER)}](?:[{re.escape(UPPER)}\d&]+|(?:\.[{re.escape(UPPER)}])+\.)"
ORG_WORD = rf"(?:{CAPWORD}|{_ACRONYM}|{_ORG_POSSESSIVE})"  # the common case first

#: Head words of named events and agreements: "Brussels Agreement", "Kosovo War".
EVENT_HEADS = (
    "Agreement|Agreements|Accord|Accords|Treaty|Protocol|Convention|Summit|War|Uprising|"
    "Revolution|Process|Plan|Declaration|Charter|Massacre|Offensive|Ceasefire|Initiative"
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
    """Every whole-word cue of `text` (what `gazetteer_reading.gazetteer_candidates` also
    collects)."""
    found = []
    for last, cue in _cue_automaton().iter(text):
        start = last - len(cue)
        if start and word_char(text[start - 1]):
            continue  # "relationship "
        found.append((cue, start, last + 1))
    return found


def occurrences(text: str, form: str) -> list[int]:
    """Starts of `form` in `text` with no word character glued on either side."""
    found = []
    at = text.find(form)
    while at >= 0:
        end = at + len(form)
        if not (at and word_char(text[at - 1])) and not (end < len(text) and word_char(text[end])):
            found.append(at)
        at = text.find(form, at + 1)
    return found


GEO_HEADS = re.compile(
    r"\s(?:River|Sea|Lake|Mountains?|Valley|Gulf|Bay|Strait|Island|Islands|Peninsula|Desert|"
    r"Region|Province|Oblast|Governorate|District|Basin|Plain|Plateau|Coast|Corridor|Shoal|Reef|"
    r"Atoll|Cape|Canal|Channel)$"
)


def clean(name: str) -> str:
    """A name's canonical form: single spaces, no possessive, "Jr."/"Sr." with their stop, as
    the name is written (also where a sentence's full stop swallowed it)."""
    name = " ".join(name.split())
    for suffix in ("'s", "’s"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    if name.endswith((" Jr", " Sr")):
        name += "."
    return name


def is_stop(word: str) -> bool:
    """A stopword, with or without a full stop; an initial is none ("Ernest A. Gross")."""
    if len(word) == 2 and word[1] == "." and word[0].isupper():
        return False
    return word in STOPWORDS or word.rstrip(".") in STOPWORDS


#: Nouns that say a company or a body like one comes next ("energy giant Gazprom", "the firm
#: Eni"): `names.companies` reads a state's adjective before them as a description, not the
#: state, and a lone name after them that speaks is no surname.
BODY_NOUNS = (
    "company", "firm", "group", "giant", "operator", "carrier", "airline", "utility", "miner",
    "producer", "lender", "bank", "insurer", "maker", "manufacturer", "exporter", "supplier",
    "conglomerate", "corporation", "contractor",
)  # fmt: skip


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Common given names from many regions (data/given_names.txt)."""
    text = (
        resources.files("briefer.analysis").joinpath("data", "given_names.txt").read_text("utf-8")
    )
    return frozenset(
        w for line in text.splitlines() if not line.startswith("#") for w in line.split()
    )


#: Words that open a body's name in Urdu, Arabic and Persian as "Party" or "Movement" end one in
#: English: "Jamiat Ulema-e-Islam", "Tehreek-e-Labbaik Pakistan", "Hizb ut-Tahrir", "Harakat
#: al-Nujaba", "Hizbul Mujahideen". (A word that also opens a place's name, as "Lashkar" does
#: "Lashkar Gah", is left out.)
BODY_LEADS = r"(?:Jama['’]?at|Jamath|Jamiat|Tehreek|Tehrik|Harakat|Harkat|Hizb|Hizbul|Hezb)"
BODY_LEAD_RE = re.compile(rf"{BODY_LEADS}(?![^\W_])")


#: ("Air" only ends a name: "Air Accidents Investigation Branch" is no body by its "Air".)
HEAD_WORDS = frozenset(h.replace("\\", "") for h in ORG_HEADS.split("|")) - LAST_ONLY_HEADS
EVENT_HEAD_WORDS = frozenset(EVENT_HEADS.split("|"))


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


def word_char(ch: str) -> bool:
    """What `[\\w-]` matches: a letter, digit, underscore or hyphen."""
    return ch.isalnum() or ch in "_-"
