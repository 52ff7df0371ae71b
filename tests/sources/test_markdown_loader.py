"""The Markdown loader: front matter, token-based text, paragraph kinds."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from briefer.analysis import analyse
from briefer.briefing.build import build_briefing
from briefer.render.markdown import render_markdown
from briefer.sources import LoadError, load_document


def test_front_matter_and_structure(fixtures: Path) -> None:
    doc = load_document(fixtures / "frontmatter_lists.md")
    assert doc.format == "md"
    assert doc.title == "EU envoy shuttles between Belgrade and Pristina"  # front matter wins
    assert doc.date == date(2022, 12, 14)  # front matter, not the dateline's 13 December
    assert doc.source == "Balkan Wire"
    assert doc.author == "Marta Kovač, Ivo Lang"
    assert doc.tags == ("Kosovo", "Serbia", "EU")
    texts = [(p.kind, doc.paragraph_text(p.number)) for p in doc.paragraphs]
    assert texts[0] == ("heading", "A heading that is not the title")
    # inline markup goes, link text stays, soft breaks join the paragraph
    assert texts[1] == (
        "text",
        "Belgrade, 13 December 2022 — The EU envoy met Serbian officials and then travelled "
        "to Pristina, where talks ran late.",
    )
    assert ("list", "First point with code and a map of the border") in texts  # image alt
    assert ("list", "Nested point about KFOR patrols") in texts  # nested item, inline html gone
    assert ("list", "Another nested point") in texts
    assert ("quote", '"We need calm," the envoy said.') in texts
    assert ("text", "Crossing | Status\nJarinje | closed\nBrnjak | open") in texts
    assert ("text", "raw code stays as written") in texts
    assert texts[-1] == ("text", "Closing paragraph with a link and underscores.")
    assert "*" not in doc.text and "](" not in doc.text and "<span>" not in doc.text


def test_bad_yaml_is_ignored_without_crashing(fixtures: Path) -> None:
    doc = load_document(fixtures / "bad_yaml.md")
    assert doc.title == "Bad front matter does not stop the article"  # the first H1
    assert "unclosed quote" not in doc.text  # the broken block is not shown as text
    assert doc.paragraphs[0].kind == "heading"
    assert len(doc.paragraphs) == 3


def test_without_front_matter_title_is_first_h1_and_date_from_dateline(fixtures: Path) -> None:
    doc = load_document(fixtures / "no_frontmatter.md")
    assert doc.title == "Serbia raises army readiness"
    assert doc.date == date(2022, 12, 26)
    assert doc.source == "AP"


def test_title_falls_back_to_the_file_name(tmp_path: Path) -> None:
    path = tmp_path / "eu_statement.md"
    path.write_text("## Only a second-level heading\n\nSome text.\n")
    assert load_document(path).title == "Eu statement"


def test_hostile_markdown(fixtures: Path) -> None:
    doc = load_document(fixtures / "hostile.md")
    assert doc.title == "Front matter title"
    assert doc.source == "Wire"
    assert "\x1b" not in doc.text
    assert "[@click=app.quit]" in doc.text


def test_yaml_alias_bomb_does_not_hang(tmp_path: Path) -> None:
    levels = ['a0: &a0 ["Ann", "Bo"]']
    for i in range(1, 25):
        prev = f"*a{i - 1}"
        levels.append(f"a{i}: &a{i} [{', '.join([prev] * 9)}]")
    path = tmp_path / "bomb.md"
    path.write_text(
        "---\n" + "\n".join(levels) + "\nauthor: *a24\ntags: *a24\ntitle: *a24\n---\n\nBody text.\n"
    )
    doc = load_document(path)
    assert doc.title == "Bomb"  # a list is not a title
    assert doc.author is not None and doc.author.startswith("Ann, Bo, Ann")
    assert doc.tags == ("Ann", "Bo")


def test_a_briefing_exported_by_briefer_is_not_read_as_a_source(tmp_path: Path) -> None:
    story = tmp_path / "2022-12-10-talks.txt"
    story.write_text(
        "Talks resume\n\nGENEVA, Dec 10 (Lakeside Wire) - Negotiators met in Geneva on "
        "Saturday, the United Nations said.\n"
    )
    doc = load_document(story)
    exported = tmp_path / "briefing-talks.md"
    exported.write_text(render_markdown(build_briefing([(doc, analyse(doc))])))
    with pytest.raises(LoadError, match="a briefing exported by briefer"):
        load_document(exported)
    # Front matter that merely lists sources is an ordinary document.
    notes = tmp_path / "notes.md"
    notes.write_text("---\ntitle: Reading notes\nsources: [wire, paper]\n---\n\nSome notes.\n")
    assert load_document(notes).title == "Reading notes"


def test_a_web_clipping_reads_as_its_story(tmp_path: Path) -> None:
    # What a browser's web clipper saves: the page address as source, wiki-link authors, a
    # picture on its own line, the page's furniture among the paragraphs.
    path = tmp_path / "clip.md"
    path.write_text(
        "---\n"
        'title: "Troops massed on border"\n'
        'source: "https://www.example.com/world/2024/mar/04/troops-border"\n'
        "author:\n"
        '  - "[[Anna Berg]]"\n'
        "published: 2024-03-04\n"
        "---\n"
        "![Soldiers near the frontier](https://i.example.com/img.jpg)\n\n"
        "Armenia and Azerbaijan moved troops towards their border on Monday.\n\n"
        "**Read more:** [What is behind the flare-up?](https://www.example.com/x)\n\n"
        "Sign up to First Edition, our free daily newsletter\n\n"
        "after newsletter promotion\n\n"
        "Turkey called for calm.\n",
        encoding="utf-8",
    )
    doc = load_document(path)
    assert doc.source == "example.com"
    assert doc.author == "Anna Berg"
    assert [doc.paragraph_text(p.number) for p in doc.paragraphs] == [
        "Armenia and Azerbaijan moved troops towards their border on Monday.",
        "Turkey called for calm.",
    ]


def test_a_note_apps_wiki_links_and_task_boxes_read_as_words(tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_text(
        "# Notes\n\n"
        "[[Armenia]] and [[Azerbaijan]] moved troops on Monday, per [[Reuters wire|Reuters]].\n\n"
        "The [[European Union#Statements|EU]] urged restraint. See ![[map.png]] for the line.\n\n"
        "- [ ] check the Russian statement\n"
        "- [x] read the EU statement\n",
        encoding="utf-8",
    )
    doc = load_document(path)
    texts = [doc.paragraph_text(p.number) for p in doc.paragraphs]
    assert texts[1:] == [
        "Armenia and Azerbaijan moved troops on Monday, per Reuters.",
        "The EU urged restraint. See for the line.",
        "check the Russian statement",
        "read the EU statement",
    ]
