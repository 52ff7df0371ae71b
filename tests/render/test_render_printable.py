"""printable_json: the one way `--json` output is made safe to print (brief, inspect, ...)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefer.cli.main import main
from briefer.render.printable import printable_json

HOSTILE_NAME = "evil\x1b]52;c;eA==\x07\u202egnp\x9b2J\u200b.txt"
SHOWN_NAME = "evil\\x1b]52;c;eA==\\x07\\u202egnp\\x9b2J\\u200b.txt"


def _raw_controls(text: str) -> list[str]:
    """Characters in the printed text a terminal could act on (newline ends a JSON line)."""
    return [
        c
        for c in text
        if (ord(c) < 0x20 and c != "\n")
        or 0x7F <= ord(c) <= 0x9F
        or c in "\u061c\u2028\u2029\u202e\u2066\u200b\ufeff"
        or 0xD800 <= ord(c) <= 0xDFFF
    ]


def test_names_are_shown_in_display_form_at_any_depth() -> None:
    data = {
        "path": HOSTILE_NAME,
        "skipped": [{"path": "a\nb.txt", "reason": "bad \x1b[2J name"}],
        "added": ["x\u202ey.txt", "plain.txt"],
        "count": 2,
    }
    out = json.loads(printable_json(data, names=("path", "skipped", "added")))
    assert out == {
        "path": SHOWN_NAME,
        "skipped": [{"path": "a\\nb.txt", "reason": "bad \\x1b[2J name"}],
        "added": ["x\\u202ey.txt", "plain.txt"],
        "count": 2,
    }


def test_other_strings_keep_their_value_but_never_print_raw() -> None:
    text = "line one\nline\ttwo \x9b2J \u202eevil \u2028 \u2063 [/b] Vučić \udcff"
    printed = printable_json({"text": text, "title": "Kosovo"}, names=("path",))
    assert json.loads(printed)["text"] == text  # the data is unchanged...
    assert _raw_controls(printed) == []  # ...and nothing in the bytes can drive a terminal
    assert "\\u009b" in printed and "\\u202e" in printed and "\\u2063" in printed
    assert "Vučić" in printed  # letters stay readable, not \u-escaped
    assert printed.endswith("}\n")


def test_a_name_already_in_display_form_is_unchanged() -> None:
    """Callers that show a name before handing it over (search's to_dict) print the same."""
    once = printable_json({"path": HOSTILE_NAME}, names=("path",))
    assert printable_json(json.loads(once), names=("path",)) == once


def test_a_name_that_is_not_utf8_prints() -> None:
    printed = printable_json({"path": "caf\udce9.txt"}, names=("path",))
    assert json.loads(printed)["path"] == "caf\ufffd.txt"


def test_inspect_json_shows_a_hostile_file_name_in_display_form(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / HOSTILE_NAME
    path.write_text("A title\n\nBelgrade and Pristina met in Brussels.\n", encoding="utf-8")
    assert main(["inspect", "--json", str(path)]) == 0
    printed = capsys.readouterr().out
    assert _raw_controls(printed) == []
    data = json.loads(printed)
    assert data["path"] == str(tmp_path / SHOWN_NAME)
    assert data["text"].startswith("A title\n\nBelgrade and Pristina")


def test_brief_json_prints_the_same_through_the_cli(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / HOSTILE_NAME
    path.write_text(
        "Talks\n\nSerbia and Kosovo agreed to meet in Brussels on Monday.\n", encoding="utf-8"
    )
    assert main(["brief", "-f", "json", str(path)]) == 0
    printed = capsys.readouterr().out
    assert _raw_controls(printed) == []
    assert json.loads(printed)["sources"][0]["path"] == str(tmp_path / SHOWN_NAME)


def test_a_character_beyond_the_bmp_is_escaped_as_valid_json() -> None:
    text = printable_json({"t": "a\U000e0041b"})
    assert "\U000e0041" not in text
    assert json.loads(text) == {"t": "a\U000e0041b"}
