"""The renderers on real briefings: the sample corpus through loaders, analysis and builder."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest
import yaml
from markdown_it import MarkdownIt
from markdown_it.token import Token
from render_support import GENERATED, count, headings, parse_markdown, strong_texts, text_of

from briefer.analysis import analyse
from briefer.briefing.build import build_briefing
from briefer.briefing.model import Briefing
from briefer.render.json import briefing_to_dict, render_json
from briefer.render.markdown import render_markdown
from briefer.render.text import render_text
from briefer.sources import discover, load_document
from briefer.sources.document import Document

SAMPLES = Path(__file__).resolve().parent.parent.parent / "sample_docs"
FOLDERS = sorted(p.name for p in SAMPLES.iterdir() if p.is_dir()) if SAMPLES.is_dir() else []
CITATION = re.compile(r"^(\d+) ¶(\d+)$")


@pytest.fixture(scope="module", params=FOLDERS)
def corpus(request: pytest.FixtureRequest) -> tuple[Briefing, dict[str, Document]]:
    folder = SAMPLES / request.param
    docs = [load_document(p) for p in discover([folder]).files]
    assert docs, f"no documents in {folder}"
    return build_briefing([(d, analyse(d)) for d in docs]), {d.id: d for d in docs}


def test_there_is_a_sample_corpus() -> None:
    assert len(FOLDERS) >= 1


def test_front_matter_pins_every_source_by_content_hash(
    corpus: tuple[Briefing, dict[str, Document]],
) -> None:
    briefing, docs = corpus
    tokens = parse_markdown(render_markdown(briefing, generated=GENERATED))
    data = yaml.safe_load(tokens[0].content)
    assert data["documents"] == len(briefing.sources) == len(data["sources"])
    for entry in data["sources"]:
        path = Path(entry["path"])
        assert hashlib.sha256(path.read_bytes()).hexdigest() == entry["content_hash"]
        assert docs[entry["id"]].title == entry["title"]


def test_structure_headings_and_table(corpus: tuple[Briefing, dict[str, Document]]) -> None:
    briefing, _ = corpus
    tokens = parse_markdown(render_markdown(briefing, generated=GENERATED))
    found = headings(tokens)
    assert [tag for tag, _ in found[:1]] == ["h1"] and found[0][1] == briefing.title
    h2 = [text for tag, text in found if tag == "h2"]
    assert h2[:3] == ["Background", "Actors", "International reactions"]
    assert h2[-1] == "Sources"
    assert count(tokens, "html_block") == count(tokens, "html_inline") == 0
    actors = briefing.section("actors")
    assert actors is not None and actors.actors
    rows = [i for i, t in enumerate(tokens) if t.type == "tr_open"]
    assert len(rows) == 1 + len(actors.actors)
    for start in rows:
        cells = 0
        for token in tokens[start:]:
            if token.type == "tr_close":
                break
            cells += token.type in ("th_open", "td_open")
        assert cells == 5


def _list_items(tokens: list[Token], kind: str) -> list[Token]:
    inside = False
    found = []
    for token in tokens:
        if token.type == kind + "_open":
            inside = True
        elif token.type == kind + "_close":
            inside = False
        elif inside and token.type == "inline":
            found.append(token)
    return found


def test_every_item_cites_a_numbered_source_and_a_real_paragraph(
    corpus: tuple[Briefing, dict[str, Document]],
) -> None:
    briefing, docs = corpus
    text = render_markdown(briefing, generated=GENERATED)
    env: dict[str, object] = {}
    MarkdownIt("commonmark").parse(text, env)
    refs = env["references"]
    assert isinstance(refs, dict)
    by_number = {s.number: s for s in briefing.sources}
    items = _list_items(parse_markdown(text), "bullet_list")
    expected = sum(len(s.items) for s in briefing.sections if s.key != "actors")
    assert len(items) == expected > 0
    for inline in items:
        kids = inline.children or []
        links = [i for i, c in enumerate(kids) if c.type == "link_open"]
        assert len(links) == 1, inline.content
        label = kids[links[0] + 1].content
        match = CITATION.match(label)
        assert match, label
        source = by_number[int(match[1])]
        assert refs[match[1]]["href"] == kids[links[0]].attrs["href"]
        assert 1 <= int(match[2]) <= len(docs[source.id].paragraphs)


def test_entities_are_emphasised(corpus: tuple[Briefing, dict[str, Document]]) -> None:
    briefing, _ = corpus
    tokens = parse_markdown(render_markdown(briefing, generated=GENERATED))
    section = briefing.section("background")
    assert section is not None
    items = _list_items(tokens, "bullet_list")[: len(section.items)]
    for inline, item in zip(items, section.items, strict=True):
        surfaces = [item.text[s.start : s.end] for s in sorted(item.spans, key=lambda s: s.start)]
        assert strong_texts(inline) == surfaces
        assert text_of(inline).startswith(" ".join(item.text.split())[:20])


def test_json_and_text_agree_with_the_briefing(
    corpus: tuple[Briefing, dict[str, Document]],
) -> None:
    briefing, _ = corpus
    data = json.loads(render_json(briefing))
    assert data == briefing_to_dict(briefing)
    ids = {s["id"] for s in data["sources"]}
    keys = [s["key"] for s in data["sections"]]
    assert keys[:3] == ["background", "actors", "reactions"]
    for section in data["sections"]:
        for item in section["items"]:
            assert item["source"] in ids
    plain = render_text(briefing, color=False)
    assert "\x1b" not in plain and plain.startswith(briefing.title)
