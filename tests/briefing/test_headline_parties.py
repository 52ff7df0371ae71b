"""The principal parties read a title kept outside the text as the story's headline."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from briefer.analysis import analyse
from briefer.briefing.build import build_briefing
from briefer.briefing.model import Briefing
from briefer.sources import load_document
from briefer.sources.document import Document

TITLE = "Newsletter: Ethiopian troops shell Eritrean border towns as truce collapses"
BODY = """Good morning. Here is what you need to know about the Horn of Africa today.

## The shelling

Artillery fire hit three border towns on Tuesday, and thousands of families fled north. Officials in Asmara said the barrage had killed at least 40 civilians and accused Addis Ababa of breaking the truce.

The government in Addis Ababa said its forces had answered fire from across the border.

The African Union called on both sides to show restraint and return to talks. Kenya offered to host a meeting of the two foreign ministers in Nairobi.

The United Nations said it was alarmed by reports of civilian deaths and urged an immediate halt to the fighting.
"""  # noqa: E501


def _clipping(tmp_path: Path) -> Document:
    path = tmp_path / "clipping.md"
    path.write_text(f'---\ntitle: "{TITLE}"\ndate: 2026-03-04\n---\n\n{BODY}', encoding="utf-8")
    return load_document(path)


def _principals(b: Briefing) -> set[str]:
    actors = b.section("actors")
    assert actors is not None
    return {a.name for a in actors.actors if a.principal}


def test_the_headline_names_the_sides(tmp_path: Path) -> None:
    doc = _clipping(tmp_path)
    found = analyse(doc)
    with_title = build_briefing([(doc, found)])
    assert _principals(with_title) >= {"Ethiopia", "Eritrea"}
    # Without the headline the text alone leaves Eritrea (named only as "Asmara") a bystander
    # whose statement is a reaction.
    bare = replace(found, headline="", headline_mentions=(), headline_sentences=())
    without = build_briefing([(doc, bare)])
    assert "Eritrea" not in _principals(without)
    reactions = without.section("reactions")
    assert reactions is not None and "Eritrea" in {i.actor for i in reactions.items}


def test_the_headline_is_never_an_item_and_citations_keep_to_the_text(tmp_path: Path) -> None:
    doc = _clipping(tmp_path)
    b = build_briefing([(doc, analyse(doc))])
    for section in b.sections:
        for item in section.items:
            assert TITLE not in item.text
            assert item.text in doc.paragraph_text(item.paragraph)
    reactions = b.section("reactions")
    assert reactions is not None
    assert "Eritrea" not in {i.actor for i in reactions.items}  # a side, not a reaction
