"""The briefing JSON: the contract scripts rely on (keys, order, types), stable and safe."""

from __future__ import annotations

import json
from dataclasses import replace

from render_support import kosovo_briefing, one_item_briefing

from briefer.briefing.model import Briefing, Section
from briefer.render.json import briefing_to_dict, render_json


def test_top_level_keys_in_order(briefing: Briefing) -> None:
    assert list(briefing_to_dict(briefing)) == ["title", "sources", "sections", "entities"]


def test_sources_carry_the_contract_keys(briefing: Briefing) -> None:
    sources = briefing_to_dict(briefing)["sources"]
    assert [list(s) for s in sources] == [
        ["id", "path", "title", "date", "outlet", "content_hash", "number"]
    ] * 3
    assert sources[1]["outlet"] is None and sources[1]["number"] == 2
    assert sources[0]["date"] == "2022-12-10"


def test_sections_and_their_item_shapes(briefing: Briefing) -> None:
    sections = briefing_to_dict(briefing)["sections"]
    assert [s["key"] for s in sections] == ["background", "actors", "reactions", "developments"]
    assert all(list(s) == ["key", "title", "items"] for s in sections)
    background, actors, reactions, developments = (s["items"] for s in sections)
    assert background[0] == {
        "text": "Kosovo Serbs put up barricades near Jarinje after the arrest of a former "
        "police officer.",
        "source": "a1b2c3d4e5f60718",
        "paragraph": 2,
        "date": None,
    }
    assert actors[0] == {
        "name": "Serbia",
        "type": "GPE",
        "aliases": ["Belgrade", "Serbian"],
        "mentions": 7,
        "text": "asked KFOR to let troops return",
        "source": "c3d4e5f60718293a",
        "principal": True,
    }
    assert reactions[0] == {
        "actor": "European Union",
        "text": "The European Union called on both sides to show maximum restraint.",
        "stance": "appeal-restraint",
        "source": "b2c3d4e5f6071829",
        "paragraph": 3,
        "cameo": "023",
    }
    assert developments[0]["date"] == "2022-12-16"


def test_entities(briefing: Briefing) -> None:
    assert briefing_to_dict(briefing)["entities"][0] == {
        "name": "Serbia",
        "type": "GPE",
        "mentions": 7,
    }


def test_core_sections_always_present_and_first() -> None:
    b = Briefing(
        title="t", sources=(), sections=(Section("timeline", "Timeline"), Section("actors", "A"))
    )
    sections = briefing_to_dict(b)["sections"]
    assert [s["key"] for s in sections] == ["background", "actors", "reactions", "timeline"]
    assert all(s["items"] == [] for s in sections)
    assert sections[1]["title"] == "A"


def test_render_json_round_trips_and_is_deterministic(briefing: Briefing) -> None:
    text = render_json(briefing)
    assert text == render_json(kosovo_briefing())
    assert text.endswith("}\n")
    assert json.loads(text) == briefing_to_dict(briefing)
    assert "Vučić" in text  # UTF-8 kept, not \u-escaped


def test_text_is_kept_as_written_but_risky_characters_are_escaped() -> None:
    hostile = "evil\x9b2J \u202egnp.exe <b>*x*</b> \u2028 [/b]"
    b = replace(one_item_briefing(hostile), title="Title")
    text = render_json(b)
    assert json.loads(text)["sections"][0]["items"][0]["text"] == hostile
    assert "\x9b" not in text and "\u202e" not in text and "\u2028" not in text
    assert "\\u009b" in text and "\\u202e" in text


def test_a_title_from_the_command_line_is_cleaned() -> None:
    """--title and --query reach the title unsanitised (documents are cleaned when loaded)."""
    b = replace(one_item_briefing(), title="Kosovo \x1b[2J\x1b]52;c;eA==\x07talks \u202eevil")
    assert json.loads(render_json(b))["title"] == "Kosovo talks evil"


def test_a_hostile_file_name_is_shown_clean_in_sources() -> None:
    """A file name can hold any byte but NUL and '/': the path is given in its display form."""
    b = one_item_briefing(path="/docs/name\x1b[2J\u202egnp.txt\u200b\nmore\udcff.txt")
    source = json.loads(render_json(b))["sources"][0]
    assert source["path"] == "/docs/name\\x1b[2J\\u202egnp.txt\\u200b\\nmore\ufffd.txt"
