"""Sanitising untrusted text and decoding file bytes."""

from __future__ import annotations

import codecs

from hypothesis import given
from hypothesis import strategies as st

from briefer.sources.sanitize import decode, display_path, sanitize

FORBIDDEN = (
    {chr(c) for c in range(0x20) if c not in (9, 10)}
    | {chr(0x7F)}
    | {chr(c) for c in range(0x80, 0xA0)}
    | set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")
    | set("\u200b\u200c\u200d\u2060\ufeff")
    | set("\u00ad\u180e\u2061\u2062\u2063\u2064\u206a\u206f\ufff9\ufffb")
    | {chr(c) for c in range(0xE0000, 0xE0080)}
)


def test_csi_sequences_are_removed_whole() -> None:
    assert sanitize("a\x1b[2Jb\x1b[31;1mc\x1b[0m") == "abc"
    assert sanitize("a\x9b2Jb") == "ab"  # 8-bit CSI


def test_osc_52_clipboard_write_leaves_no_payload() -> None:
    assert sanitize("x\x1b]52;c;ZXZpbA==\x07y") == "xy"


def test_osc_8_link_keeps_only_the_visible_text() -> None:
    text = "see \x1b]8;;https://evil.example\x1b\\this link\x1b]8;;\x1b\\ now"
    assert sanitize(text) == "see this link now"


def test_unterminated_osc_runs_to_end_of_line_only() -> None:
    assert sanitize("title \x1b]0;pwned\nnext line") == "title \nnext line"


def test_dcs_and_other_escapes() -> None:
    assert sanitize("a\x1bPq#0;2;0;0;0\x1b\\b") == "ab"
    assert sanitize("a\x1b_apc payload\x1b\\b") == "ab"
    assert sanitize("a\x1b(Bb\x1b7c\x1b") == "abc"


def test_controls_bidi_and_zero_width() -> None:
    assert sanitize("a\x00b\x07c\x08d\x7fe") == "abcde"
    assert sanitize("keep\ttabs\nand newlines") == "keep\ttabs\nand newlines"
    assert sanitize("win\r\nmac\rend") == "win\nmac\nend"
    assert sanitize("\u202egnirts\u202c \u2066iso\u2069 \u200emark\u200f") == "gnirts iso mark"
    assert sanitize("zero\u200bwidth\u200c\u200d\u2060\ufeff") == "zerowidth"
    # invisible operators, soft hyphens and tag characters hide text from a reader
    assert sanitize("co\u00adop\u2062er\u2064ate") == "cooperate"
    assert sanitize("ok\U000e0069\U000e0067\U000e006e") == "ok"


def test_nfc_normalisation() -> None:
    assert sanitize("Vuc\u030cic\u0301") == "Vučić"


def test_markup_lookalikes_are_plain_text() -> None:
    text = "[/b] [@click=app.quit] [bold red]x[/] \\[escaped]"
    assert sanitize(text) == text


@given(st.text(alphabet=st.characters(codec=None, exclude_categories=["Cs"]), max_size=200))
def test_output_never_holds_forbidden_characters(text: str) -> None:
    cleaned = sanitize(text)
    assert not (set(cleaned) & FORBIDDEN)
    assert sanitize(cleaned) == cleaned


def test_decode_boms_and_fallbacks() -> None:
    assert decode(codecs.BOM_UTF8 + "Vučić".encode()) == "Vučić"
    assert decode("Vučić".encode("utf-16")) == "Vučić"
    assert decode(codecs.BOM_UTF16_BE + "Kurti".encode("utf-16-be")) == "Kurti"
    assert decode("Priština".encode("utf-32")) == "Priština"
    assert decode(b"plain ascii") == "plain ascii"
    # mostly UTF-8 with a broken byte: read as UTF-8, the bad byte marked
    assert decode("“quoted” ".encode() + b"\xff") == "“quoted” \ufffd"
    # ASCII with one stray high byte: cp1252
    assert decode(b"caf\xe9 au lait, please") == "café au lait, please"


def test_decode_prefers_plausible_code_page() -> None:
    french = "Le président a déclaré à Genève que les négociations reprendraient très bientôt."
    serbian = "Vučić i Kurti, Đorđe, šta, žena, čovek, ćerka. Dogovor je postignut u Briselu."
    assert decode(french.encode("cp1252")) == french
    assert decode(serbian.encode("cp1250")) == serbian


def test_display_path_is_one_printable_line() -> None:
    assert display_path("a\nb\tc\x1b[2J.txt") == "a\\nb\\tc\\x1b[2J.txt"
    assert (
        display_path("e\x1b]52;c;eA==\x07mpty\u202e.txt") == "e\\x1b]52;c;eA==\\x07mpty\\u202e.txt"
    )


def test_display_path_shows_every_invisible_character() -> None:
    for char in "\u00ad\u2061\u2064\u206a\U000e0041":
        shown = display_path(f"a{char}b.txt")
        assert shown != "ab.txt" and char not in shown
    assert display_path("a\U000e0041.txt") == "a\\U000e0041.txt"


def test_display_path_keeps_names_apart() -> None:
    """Hiding the escapes would make a hostile name pass for an innocent one."""
    assert display_path("e\x1b[2Jmpty.txt") != display_path("empty.txt")
    assert display_path("Vučić.txt") == "Vučić.txt"
    assert display_path(b"caf\xe9.txt".decode("utf-8", "surrogateescape")) == "caf\ufffd.txt"


def test_decode_reads_windows_punctuation_as_windows() -> None:
    # Curly quotes and dashes in 0x80-0x9F: detection alone took them for Mac Roman letters
    # ("Armeniaís army ... ó after talks")
    english = (
        "Armenia’s army said on Monday — after talks failed — that it was “ready”. "
        "The minister’s office declined to comment. "
    ) * 3
    serbian = "Vučić i Kurti, Đorđe, šta, žena, čovek, ćerka. „Dogovor je postignut“ — rekao je."
    russian = "«Москва готова» — заявил министр в понедельник, сообщили в ведомстве."
    assert decode(english.encode("cp1252")) == english
    assert decode(serbian.encode("cp1250")) == serbian
    assert decode(russian.encode("cp1251")) == russian
