"""Make untrusted document text safe to show in a terminal, and decode raw bytes to text.

Every string a loader produces passes through `sanitize` once, so nothing downstream (index,
briefing, terminal) ever sees escape sequences, control characters, bidi overrides or
zero-width characters. Whole escape sequences are removed, not just their ESC byte, so no
payload (an OSC 52 clipboard write, an OSC 8 link target) is left behind as visible junk.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

# Escape sequences, both 7-bit (ESC ...) and 8-bit (C1 introducers). String sequences
# (OSC, DCS, SOS, PM, APC) run to their terminator (BEL for OSC, ST = ESC \ or U+009C) or,
# when unterminated, to the end of the line: a broken sequence never swallows the document.
_ESCAPES = re.compile(
    r"""
      (?:\x1b\]|\x9d)[^\x07\x1b\x9c\n]*(?:\x07|\x1b\\|\x9c)?      # OSC
    | (?:\x1b[PX^_]|[\x90\x98\x9e\x9f])[^\x1b\x9c\n]*(?:\x1b\\|\x9c)?  # DCS SOS PM APC
    | (?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?                          # CSI (final byte optional)
    | \x1b[ -/]*[0-~]?                                           # other ESC sequences, lone ESC
    """,
    re.VERBOSE,
)

#: Invisible characters that change how text reads or prints, as a regex class body: bidi
#: marks, embeddings, overrides and isolates (U+061C, U+200E/F, U+202A-E, U+2066-9), zero-width
#: and joining characters (U+200B-D, U+2060, U+FEFF), invisible operators (U+2061-4),
#: deprecated format controls (U+206A-F), the soft hyphen, the Mongolian vowel separator,
#: interlinear annotation marks and tag characters (U+E0000-7F, which can smuggle hidden ASCII).
#: Every filter below is built from this one list.
INVISIBLE = (
    "\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb"
    "\U000e0000-\U000e007f"
)
#: C1 controls and DEL: meaningful to a terminal, never to a reader.
C1 = "\x7f-\x9f"

# Removed from document text after escape sequences are gone (ranges are fast to scan for):
# C0 controls but tab and newline, DEL and C1 controls, and the invisible characters.
_REMOVE = re.compile("[\x00-\x08\x0b-\x1f" + C1 + INVISIBLE + "]")
_SEPARATORS = re.compile("[\u2028\u2029]")  # line and paragraph separators become newlines
_NEWLINES = re.compile(r"\r\n?")
_NEEDS_ESCAPE_PASS = re.compile(r"[\x1b\x90\x98\x9b\x9d\x9e\x9f]")


def sanitize(text: str) -> str:
    """Return `text` without escape sequences or invisible/controlling characters, NFC-normalised.

    Tabs and newlines stay; CR and CRLF become newlines. Bracketed text such as `[/b]` is kept
    as it is: this is not a markup filter, markup is never parsed from document text.
    """
    if "\r" in text:
        text = _NEWLINES.sub("\n", text)
    if _NEEDS_ESCAPE_PASS.search(text):
        text = _ESCAPES.sub("", text)
    if _REMOVE.search(text):  # searching first is several times faster on clean text
        text = _REMOVE.sub("", text)
    if not text.isascii():
        if _SEPARATORS.search(text):
            text = _SEPARATORS.sub("\n", text)
        text = unicodedata.normalize("NFC", text)
    return text


def display_path(path: object) -> str:
    """A file name (or any quoted string) as one printable line that still tells names apart.

    Unlike `sanitize`, nothing is dropped: every control, bidi or zero-width character is shown
    as an escape (`\\x1b`, `\\u202e`, `\\n`), so `e<OSC 52>mpty.txt` can never pass for
    `empty.txt`. Bytes that are not UTF-8 (kept by Python as surrogates) show as U+FFFD so
    printing never fails. A `Document.path` keeps the real name, to reopen the file; show it
    through this."""
    text = str(path).encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    if _INVISIBLE.search(text):
        text = _INVISIBLE.sub(_escape_char, text)
    return text


_INVISIBLE = re.compile("[\x00-\x1f" + C1 + "\u2028\u2029" + INVISIBLE + "]")
_NAMED = {"\n": "\\n", "\t": "\\t", "\r": "\\r"}


def _escape_char(match: re.Match[str]) -> str:
    char = match.group()
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # must be tested before UTF-16 LE: it starts the same way
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode(data: bytes) -> str:
    """Decode file bytes: a BOM wins, then UTF-8, then charset detection, then latin-1.

    Never raises: latin-1 maps every byte. The result is not yet sanitised.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                break
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    for guess in (_mostly_utf8, _mostly_ascii):
        text = guess(data)
        if text is not None:
            return text
    detected = _detect(data, _WINDOWS_PAGES if _windows_punctuation(data) else None)
    if detected is not None:
        return detected
    return data.decode("latin-1")


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with a few broken bytes (a bad copy-paste) reads best as UTF-8 with U+FFFD marks."""
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd")
    multibyte = sum(1 for ch in text if ord(ch) > 0x7F and ch != "\ufffd")
    if multibyte >= 1 and broken <= max(2, multibyte // 4):
        return text
    return None


def _mostly_ascii(data: bytes) -> str | None:
    """ASCII with a stray high byte or two: too little for detection to judge; read as cp1252."""
    high = sum(1 for b in data if b > 0x7F)
    if high > max(2, len(data) // 200):
        return None
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


# Single-byte code pages often tie in charset detection (French read as cp1250 gives "Grčve";
# Serbian read as cp1252 gives "Vuèiæ"). Ties are broken by how common the accented letters
# of each reading are in European languages: frequent letters score, rare ones cost.
_COMMON_LETTERS = frozenset("éáíóúüöäèàçñêčšžćłß")
_USUAL_LETTERS = frozenset("âîôûëïãõđřěýąęśżńőűùòìåø")
_RARE_LETTERS = frozenset("æŕĺľůţăşňďťðþÿœ¤¦¨¸ˇ˘˙˛˝")


def _plausibility(text: str) -> int:
    score = 0
    for ch in text:
        if ch.isascii():
            continue
        low = ch.lower()
        if low in _COMMON_LETTERS:
            score += 2
        elif low in _USUAL_LETTERS:
            score += 1
        elif low in _RARE_LETTERS:
            score -= 2
    return score


# Windows' own punctuation in the bytes 0x80-0x9F (’ “ ” – — … • €, the same in every Windows
# code page) marks a Windows file: unrestricted, detection reads "Armenia’s" and "—" as Mac
# Roman's "Armeniaís" and "ó" (letters the tie-break finds plausible). When most of those bytes
# are such punctuation, only the Windows code pages are candidates.
_WINDOWS_PUNCTUATION = frozenset(
    b"\x80\x82\x84\x85\x86\x87\x89\x8b\x91\x92\x93\x94\x95\x96\x97\x99\x9b"
)
_WINDOWS_PAGES = ["cp1252", "cp1250", "cp1251", "cp1253", "cp1254", "cp1257"]


def _windows_punctuation(data: bytes) -> bool:
    c1 = [b for b in data if 0x80 <= b <= 0x9F]
    return bool(c1) and sum(b in _WINDOWS_PUNCTUATION for b in c1) >= 0.8 * len(c1)


def _detect(data: bytes, pages: list[str] | None = None) -> str | None:
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data, cp_isolation=pages))
    if not matches:
        return None
    least_chaos = min(m.chaos for m in matches)
    tied = [m for m in matches if m.chaos <= least_chaos + 0.02]
    best = max(tied, key=lambda m: _plausibility(str(m)))  # max keeps the first of equals
    return str(best)
