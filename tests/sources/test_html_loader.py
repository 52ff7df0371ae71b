"""The HTML loader: metadata sources in order, boilerplate removed, paragraphs read once."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import SupportsIndex

import pytest

from briefer.sources import LoadError, html, load_document
from briefer.sources.html import MAX_DEPTH, decode_html, nesting_depth


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


# -- nesting depth: lexbor slows quadratically with it, so it is measured before parsing ----


def test_nesting_depth_counts_elements_inside_elements() -> None:
    assert nesting_depth("<html><body><div><section><div>x</div></section></div>") == 3
    assert nesting_depth("<div></div>" * 50 + "<div><div></div></div>") == 2
    assert nesting_depth("</div></div><div>x") == 1  # stray end tags do not go below zero
    assert nesting_depth("<DIV><Span>x</SPAN></div>") == 2


def test_nesting_depth_ignores_what_does_not_nest() -> None:
    """Void elements, elements the parser closes itself, and tags that are not elements."""
    assert nesting_depth("<div>" + "<p>para <br><img src=x>" * 100 + "</div>") == 1
    assert nesting_depth("<ul>" + "<li>item" * 100 + "</ul>") == 1
    assert nesting_depth("<script>var s = '" + "<div>" * 100 + "';</script><div>") == 1
    assert nesting_depth("<svg>" + "<g><path d='M0'/></g>" * 100 + "</svg><div>") == 1
    assert nesting_depth("<!-- " + "<div>" * 100 + " --><div>x</div>") == 1
    assert nesting_depth("<div><!-- unterminated " + "<div>" * 100) == 1


def test_nesting_depth_stops_counting_past_the_limit() -> None:
    assert nesting_depth("<div>" * 100, limit=10) == 11


class ReadCount:
    """Characters of a page the nesting scan reads, summed over every pass it makes: the tag
    pattern's pass, the searches for a skipped element's end tag, the searches for `-->`."""

    def __init__(self) -> None:
        self.chars = 0


class CountedPattern:
    """A compiled pattern that adds what each `finditer` and `search` reads to a `ReadCount`.
    A pass abandoned part-way counts only up to the last match it handed out."""

    def __init__(self, pattern: re.Pattern[str], tally: ReadCount) -> None:
        self.pattern = pattern
        self.tally = tally

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        at = pos
        for m in self.pattern.finditer(text, pos, endpos):
            self.tally.chars += m.end() - at
            at = m.end()
            yield m
        self.tally.chars += min(endpos, len(text)) - at

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        m = self.pattern.search(text, pos, endpos)
        self.tally.chars += (m.end() if m else min(endpos, len(text))) - pos
        return m


class CountedText(str):
    """Page text whose `find` adds what it reads to a `ReadCount`, and slicing what it copies
    (a scan that searched `page[at:]` would copy the rest of the page each time)."""

    tally: ReadCount

    def __new__(cls, text: str, tally: ReadCount) -> CountedText:
        page = super().__new__(cls, text)
        page.tally = tally
        return page

    def find(
        self,
        sub: str,
        start: SupportsIndex | None = None,
        end: SupportsIndex | None = None,
        /,
    ) -> int:
        at = super().find(sub, start, end)
        first = 0 if start is None else int(start)
        self.tally.chars += (at + len(sub) if at >= 0 else len(self)) - first
        return at

    def __getitem__(self, key: SupportsIndex | slice, /) -> str:
        part = super().__getitem__(key)
        self.tally.chars += len(part)
        return part


@pytest.mark.timeout(60)  # a hang guard; the work is counted, not timed
@pytest.mark.parametrize(
    "piece", ["<", "</", "<script", "<!--", "<!-- -->", "<script>x</script>", "<b>x</b>"]
)
def test_nesting_depth_reads_each_character_at_most_twice(
    piece: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No input makes the scan go back over the text (unterminated tags and comments too): the
    tag pass reads the page once, and the searches for end tags and `-->` read stretches that
    do not overlap, so at most twice the page in all. A scan that searched again from every
    unterminated `<!--` or `<script`, or searched a slice of the rest of the page, would read
    about pieces² / 2 characters."""
    count = ReadCount()
    monkeypatch.setattr(html, "_TAG_START", CountedPattern(html._TAG_START, count))
    skips = {name: CountedPattern(pattern, count) for name, pattern in html._SKIP_TO.items()}
    monkeypatch.setattr(html, "_SKIP_TO", skips)
    page = CountedText(piece * 20_000, count)
    nesting_depth(page)
    assert 0 < count.chars <= 2 * len(page), (count.chars, len(page))


def page(depth: int) -> str:
    return f"<html><body>{'<div>' * depth}<p>Officials met in Pristina.</p>{'</div>' * depth}"


def parser_must_not_run(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail the test if the page reaches lexbor (whose tree building is quadratic in depth)."""

    def refuse(*_: object, **__: object) -> None:
        pytest.fail("the HTML parser ran on a page the depth check should have refused")

    monkeypatch.setattr(html, "LexborHTMLParser", refuse)


@pytest.mark.timeout(60)  # a hang guard: lexbor alone takes over a minute on this page
def test_a_too_deeply_nested_page_is_refused_before_parsing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "deep.html"
    path.write_text(page(200_000))
    parser_must_not_run(monkeypatch)
    with pytest.raises(LoadError, match=f"deep.html: too deeply nested HTML .over {MAX_DEPTH:,}"):
        load_document(path)


def test_a_page_nested_below_the_limit_still_loads(tmp_path: Path) -> None:
    path = tmp_path / "deep.html"
    path.write_text(page(MAX_DEPTH - 10))
    assert load_document(path).text == "Officials met in Pristina."


def test_thousands_of_unclosed_paragraphs_are_not_nesting(tmp_path: Path) -> None:
    """Old pages write `<p>` with no end tag: each one closes the last, so none nest."""
    path = tmp_path / "old.html"
    path.write_text("<html><body><div>" + "<p>Officials met in Pristina." * (MAX_DEPTH * 2))
    assert len(load_document(path).paragraphs) == MAX_DEPTH * 2


def _page(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "page.html"
    path.write_text(f"<html><head><title>Portal</title></head><body>{body}</body></html>")
    return path


def test_lists_of_bare_links_outside_nav_are_dropped(tmp_path: Path) -> None:
    links = "".join(f"<li><a href='/s{i}'>Section {i}</a></li>" for i in range(6))
    nested = f"<ol><li><a href='/a'>World</a><ul>{links}</ul></li><li><a href='/b'>Sport</a></li>"
    story = "<p>Ministers from Serbia met in Brussels on Tuesday.</p>"
    doc = load_document(_page(tmp_path, f"<ul>{links}</ul>{story}{nested}</ol>"))
    assert doc.text == "Ministers from Serbia met in Brussels on Tuesday."


def test_lists_with_words_of_their_own_or_few_links_stay(tmp_path: Path) -> None:
    points = "".join(
        f"<li>Point {n}: the <a href='/t'>talks</a> resume on day {n}.</li>" for n in range(4)
    )
    pair = "<li><a href='/r'>Resolution 1244</a></li><li><a href='/b'>Brussels deal</a></li>"
    story = "<p>Ministers from Serbia met in Brussels on Tuesday.</p>"
    doc = load_document(_page(tmp_path, f"{story}<ul>{points}</ul><ul>{pair}</ul>"))
    texts = [doc.paragraph_text(p.number) for p in doc.paragraphs]
    assert "Point 3: the talks resume on day 3." in texts
    assert "Resolution 1244" in texts and "Brussels deal" in texts


def test_a_live_blog_of_sibling_articles_is_read_whole(tmp_path: Path) -> None:
    # Each post an <article>: the story is every post, not the longest one.
    posts = "".join(
        f'<article class="post"><time>{t}</time><p>{text}</p></article>'
        for t, text in (
            ("14:05", "The European Union has urged both sides to show restraint."),
            ("13:40", "Russia says it is ready to mediate between Armenia and Azerbaijan."),
            ("12:15", "Armenia's defence ministry says four soldiers were killed overnight."),
        )
    )
    page = tmp_path / "live.html"
    page.write_text(
        f"<html><head><title>Live</title></head><body><main><div>{posts}</div></main>"
        "</body></html>",
        encoding="utf-8",
    )
    text = load_document(page).text
    assert "The European Union has urged" in text
    assert "Russia says it is ready" in text
    assert "four soldiers were killed" in text


def test_a_story_beside_teaser_articles_stands_alone(tmp_path: Path) -> None:
    story = "<p>" + "Troops moved to the border on Monday after talks failed. " * 12 + "</p>"
    teasers = "".join(f"<article><p>Teaser {n} about another story.</p></article>" for n in "12")
    page = tmp_path / "story.html"
    page.write_text(
        f"<html><head><title>Story</title></head><body><main><article>{story}</article>"
        f"{teasers}</main></body></html>",
        encoding="utf-8",
    )
    text = load_document(page).text
    assert text.startswith("Troops moved to the border")
    assert "Teaser" not in text


def test_a_story_split_over_sibling_blocks_is_read_whole(tmp_path: Path) -> None:
    # No <article> or <main>; the paragraphs sit in three blocks (split around ads).
    blocks = "".join(
        f'<div class="cc{n}"><p>{text}</p></div>'
        for n, text in enumerate(
            (
                "Armenia and Azerbaijan moved troops towards their border on Monday.",
                "Russia said it was ready to mediate, while Washington voiced concern.",
                "The two countries fought a war in 2020 over Nagorno-Karabakh.",
            )
        )
    )
    page = tmp_path / "split.html"
    page.write_text(
        f'<html><head><title>Split</title></head><body><div class="s">{blocks}</div>'
        '<div class="f"><p>Contact us</p></div></body></html>',
        encoding="utf-8",
    )
    text = load_document(page).text
    assert text.startswith("Armenia and Azerbaijan")
    assert "Russia said" in text and text.endswith("Nagorno-Karabakh.")
    assert "Contact us" not in text


def test_a_page_its_scripts_fill_in_is_read_from_its_json_ld(tmp_path: Path) -> None:
    # Saved before its scripts ran: an empty shell, the story only in the structured data.
    ld = (
        '{"@context": "https://schema.org", "@type": "NewsArticle", '
        '"headline": "Troops massed on border", "datePublished": "2024-03-04T09:00:00Z", '
        '"articleBody": "Armenia and Azerbaijan moved troops to their border on Monday.\\n\\n'
        'The European Union urged restraint.\\nRussia said it was ready to mediate."}'
    )
    page = tmp_path / "shell.html"
    page.write_text(
        "<html><head><title>Troops massed on border | Wire</title>"
        f'<script type="application/ld+json">{ld}</script></head>'
        '<body><div id="root"><p>Loading…</p></div></body></html>',
        encoding="utf-8",
    )
    doc = load_document(page)
    assert doc.title == "Troops massed on border"
    assert doc.source == "Wire"
    assert doc.date == date(2024, 3, 4)
    assert [doc.paragraph_text(p.number) for p in doc.paragraphs] == [
        "Armenia and Azerbaijan moved troops to their border on Monday.",
        "The European Union urged restraint.",
        "Russia said it was ready to mediate.",
    ]


def test_an_article_round_the_headline_only_gives_way_to_the_body(tmp_path: Path) -> None:
    # The page marks only its header as an <article>; the story's paragraphs sit in a <div>.
    body = "".join(
        f"<p>{text}</p>"
        for text in (
            "Armenia and Azerbaijan moved troops towards their border on Monday, officials said.",
            "The European Union urged both governments to exercise restraint.",
            "Russia said it was ready to mediate, while Washington voiced concern.",
        )
    )
    page = tmp_path / "teaser.html"
    page.write_text(
        "<html><head><title>Story</title></head><body>"
        "<article><h1>Troops massed on border</h1><p>Talks collapsed.</p></article>"
        f'<div class="x9">{body}</div></body></html>',
        encoding="utf-8",
    )
    text = load_document(page).text
    assert text.startswith("Armenia and Azerbaijan") and "Washington voiced concern" in text


def test_text_an_inline_style_hides_is_not_read(tmp_path: Path) -> None:
    page = tmp_path / "hidden.html"
    page.write_text(
        "<html><head><title>Port falls</title></head><body><article>"
        "<h1>Rebels seize river port</h1>"
        "<p>Rebels seized the port overnight, residents said.</p>"
        '<div style="color: grey; display: none"><p>Tracking pixel text.</p></div>'
        '<p style="visibility:hidden">Closed pop-up text.</p>'
        '<p style="display:block">The United Nations called for restraint.</p>'
        "</article></body></html>",
        encoding="utf-8",
    )
    doc = load_document(page)
    assert "Tracking pixel" not in doc.text
    assert "pop-up" not in doc.text
    assert "The United Nations called for restraint." in doc.text


def test_a_story_laid_out_in_a_table_is_read_paragraph_by_paragraph(tmp_path: Path) -> None:
    page = tmp_path / "old-site.html"
    page.write_text(
        "<html><head><title>Troops on alert</title></head><body>"
        "<table><tr><td><b>Troops on alert after border shooting</b><br>"
        "<i>June 2, 2001</i><br><br>"
        "Troops were put on alert on Saturday after a shooting killed two guards.<br><br>"
        "The United Nations urged both sides to show restraint.<br></td></tr></table>"
        "</body></html>",
        encoding="utf-8",
    )
    doc = load_document(page)
    texts = [doc.paragraph_text(p.number) for p in doc.paragraphs]
    assert "The United Nations urged both sides to show restraint." in texts
    assert "Troops were put on alert on Saturday after a shooting killed two guards." in texts


def test_a_table_of_figures_stays_a_table(tmp_path: Path) -> None:
    page = tmp_path / "figures.html"
    page.write_text(
        "<html><head><title>Casualties</title></head><body><article>"
        "<p>The ministry published the figures on Monday.</p>"
        "<table><tr><th>Region</th><th>Dead</th></tr><tr><td>North</td><td>12</td></tr>"
        "<tr><td>South</td><td>4</td></tr></table></article></body></html>",
        encoding="utf-8",
    )
    doc = load_document(page)
    texts = [doc.paragraph_text(p.number) for p in doc.paragraphs]
    assert "Region | Dead\nNorth | 12\nSouth | 4" in texts
