"""The HTML loader: metadata sources in order, boilerplate removed, paragraphs read once."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from briefer.sources import load_document
from briefer.sources.html import decode_html


def test_news_page_with_furniture(fixtures: Path) -> None:
    doc = load_document(fixtures / "news_page.html")
    assert doc.format == "html"
    assert doc.title == "Serbia puts army on alert over Kosovo barricades"  # " | Danube Daily" gone
    assert doc.date == date(2022, 12, 26)  # JSON-LD datePublished inside @graph
    assert doc.source == "Danube Daily"
    assert doc.author == "Jelena Marić, Tom Reed"  # JSON-LD author list
    assert doc.tags == ("Kosovo", "Serbia", "barricades")
    for junk in (
        "cookies",
        "World",
        "Most read",
        "Share this",
        "Related",
        "Reader comment",
        "Subscribe",
        "All rights reserved",
        "do not index me",
        "color: red",
        "footer script",
    ):
        assert junk not in doc.text, junk
    texts = [(p.kind, doc.paragraph_text(p.number)) for p in doc.paragraphs]
    assert texts[0] == ("heading", "Serbia puts army on alert over Kosovo barricades")
    assert ("text", "By Jelena Marić") in texts
    assert (
        "text",
        "The defence minister said the order came from the president.\nHe gave no further details.",
    ) in texts
    assert ("quote", '"Serbia will protect its people," the minister said.') in texts
    # nested list items are read once each, the parent without its child's text
    assert ("list", "Two crossings remain closed.") in texts
    assert ("list", "Jarinje is shut.") in texts
    assert texts[-1] == ("text", "NATO's KFOR mission said it stood ready to act.")
    assert len(texts) == len(set(texts))


def test_time_element_is_the_date(fixtures: Path) -> None:
    doc = load_document(fixtures / "time_only.html")
    assert doc.date == date(2023, 1, 19)
    assert doc.title == "Talks stall in Brussels"
    assert doc.source is None


def test_meta_order_and_site_from_title(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>Border reopens - Northern Courier</title>"
        '<meta name="dc.date" content="2023-02-01">'
        '<meta property="article:published_time" content="2023-01-31T09:00:00Z">'
        '<meta name="author" content="Ana Author">'
        "</head><body><div><h1>Border reopens</h1>"
        "<p>First paragraph of the story, long enough to count.</p>"
        "<p>Second paragraph.</p></div></body></html>"
    )
    doc = load_document(path)
    assert doc.date == date(2023, 1, 31)  # article:published_time before dc.date
    assert doc.source == "Northern Courier"
    assert doc.title == "Border reopens"
    assert doc.author == "Ana Author"


def test_densest_block_without_article_or_main(tmp_path: Path) -> None:
    path = tmp_path / "plain.html"
    path.write_text(
        "<html><body><div class='top'><p>Home</p></div>"
        "<div class='x'><p>" + "Real story sentence. " * 10 + "</p><p>More story.</p></div>"
        "<div class='y'><p>Short.</p></div></body></html>"
    )
    doc = load_document(path)
    assert [doc.paragraph_text(p.number) for p in doc.paragraphs][1:] == ["More story."]
    assert "Home" not in doc.text


def test_text_in_divs_with_breaks(tmp_path: Path) -> None:
    path = tmp_path / "br.html"
    path.write_text(
        "<html><body><main><div>First loose paragraph<br>same paragraph.<br><br>"
        "Second loose paragraph with <b>bold</b> words.</div></main></body></html>"
    )
    doc = load_document(path)
    assert [doc.paragraph_text(p.number) for p in doc.paragraphs] == [
        "First loose paragraph\nsame paragraph.",
        "Second loose paragraph with bold words.",
    ]


def test_hostile_entities_are_sanitised_after_decoding(fixtures: Path) -> None:
    doc = load_document(fixtures / "hostile.html")
    assert doc.title == "Escape title"
    assert doc.author == "Eve Mallory"
    assert "\x1b" not in doc.text and "\u202e" not in doc.text
    assert "Entity-encoded escape  and OSC link text and override" in doc.text
    assert "[@click=app.quit]" in doc.text


def test_declared_charset_is_used_when_not_utf8() -> None:
    page = '<html><head><meta charset="windows-1250"></head><body><p>Vučić</p></body></html>'
    assert "Vučić" in decode_html(page.encode("cp1250"))
