"""The Markdown export: structure, provenance, citations, escaping, determinism (issue 5)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime

import frontmatter
import pytest
import yaml
from markdown_it import MarkdownIt
from markdown_it.token import Token
from render_support import (
    GENERATED,
    children,
    count,
    headings,
    one_item_briefing,
    parse_markdown,
    skeleton,
    strong_texts,
    text_of,
)

from briefer import __version__
from briefer.briefing.model import Briefing, Item, Section, Span
from briefer.render.layout import reaction_groups
from briefer.render.markdown import code_span, escape_markdown, render_markdown, yaml_string

CITATION = re.compile(r"^(\d+) ¶(\d+)$")


def render(b: Briefing) -> str:
    return render_markdown(b, generated=GENERATED)


def front_matter(tokens: list[Token]) -> dict[str, object]:
    assert tokens[0].type == "front_matter"
    data = yaml.safe_load(tokens[0].content)
    assert isinstance(data, dict)
    return data


def references(text: str) -> dict[str, str]:
    """Link reference definitions, label -> href, as markdown-it resolved them."""
    env: dict[str, object] = {}
    MarkdownIt("commonmark").parse(text, env)
    refs = env.get("references", {})
    assert isinstance(refs, dict)
    return {label: ref["href"] for label, ref in refs.items()}


def citations(inline: Token) -> list[tuple[str, str]]:
    """(href, link text) of each link in an inline token."""
    kids = inline.children or []
    found = []
    for i, child in enumerate(kids):
        if child.type == "link_open":
            found.append((str(child.attrs["href"]), kids[i + 1].content))
    return found


def list_item_inlines(tokens: list[Token], list_type: str = "bullet_list_open") -> list[Token]:
    """The inline token of every list item inside lists of `list_type`."""
    found: list[Token] = []
    depth = 0
    for token in tokens:
        if token.type == list_type:
            depth += 1
        elif token.type == list_type.replace("_open", "_close"):
            depth -= 1
        elif depth and token.type == "inline":
            found.append(token)
    return found


# -- front matter -------------------------------------------------------------------------


def test_front_matter_holds_provenance(briefing: Briefing) -> None:
    data = front_matter(parse_markdown(render(briefing)))
    assert data["title"] == briefing.title
    assert data["generated"] == "2026-11-25T17:30:05Z"
    assert data["briefer_version"] == __version__
    assert data["query"] == "kosovo barricades"
    assert data["documents"] == 3
    sources = data["sources"]
    assert isinstance(sources, list)
    assert [s["number"] for s in sources] == [1, 2, 3]
    for entry, ref in zip(sources, briefing.sources, strict=True):
        assert entry == {
            "number": ref.number,
            "id": ref.id,
            "path": ref.path,
            "title": ref.title,
            "date": ref.date,
            "outlet": ref.outlet,
            "content_hash": ref.content_hash,
        }


def test_front_matter_reads_with_python_frontmatter(briefing: Briefing) -> None:
    post = frontmatter.loads(render(briefing))
    assert post["title"] == briefing.title
    assert post.content.startswith("# North Kosovo")


@pytest.mark.parametrize(
    "title",
    [
        'key: value # comment "quoted" \\ back',
        "---\ntitle: injected\n---",
        "- [list, in, flow]\n? complex\n&anchor *alias !!python/object:os.system",
        "tab\there, nel\x85 line\u2028sep, bom\ufeff, lone\ud800surrogate",
    ],
)
def test_front_matter_survives_hostile_titles(title: str) -> None:
    b = replace(one_item_briefing(source_title=title), title=title, query=title)
    tokens = parse_markdown(render(b))
    data = front_matter(tokens)
    assert set(data) == {
        "title", "generated", "briefer_version", "query", "documents", "sources"
    }  # fmt: skip
    assert "injected" not in data
    assert isinstance(data["title"], str) and isinstance(data["query"], str)
    assert data["query"] == title.replace("\ud800", "\ufffd") or "\ud800" in title


def test_yaml_string_round_trips() -> None:
    for value in ["plain", "a: b", "# x", '"q"', "\\", "é ☃ 𝄞", "line\nbreak", "\x85\u2028"]:
        assert yaml.safe_load(f"v: {yaml_string(value)}")["v"] == value


def test_yaml_string_escapes_invisible_and_reordering_characters() -> None:
    """Bidi overrides and zero-width characters would reorder or hide a path in an editor."""
    value = "a\u202egnp.txt\u2066b\u2069\u200bc\u200dd\ufeffe\u061cf\u00adg\U000e0001h\x9bi"
    written = yaml_string(value)
    assert written.isascii() and written.isprintable()
    assert "\\u202e" in written and "\\U000e0001" in written
    assert yaml.safe_load(f"v: {written}")["v"] == value


def test_yaml_string_keeps_printable_text_as_written() -> None:
    value = "Vučić, Priština, Ελλάδα, 北京, 𝄞, a\u00a0b"
    assert yaml_string(value) == f'"{value}"'.replace("\u00a0", "\\u00a0")


# -- headings, summary, sections ------------------------------------------------------------


def test_headings_in_order(briefing: Briefing) -> None:
    assert headings(parse_markdown(render(briefing))) == [
        ("h1", "North Kosovo: barricades & a request to KFOR"),
        ("h2", "Background"),
        ("h2", "Actors"),
        ("h2", "International reactions"),
        ("h3", "European Union"),
        ("h3", "United States"),
        ("h2", "Developments"),
        ("h2", "Sources"),
    ]


def test_summary_line_names_documents_dates_and_principals(briefing: Briefing) -> None:
    tokens = parse_markdown(render(briefing))
    first_paragraph = next(t for t in tokens if t.type == "inline" and tokens.index(t) > 3)
    assert text_of(first_paragraph) == (
        "3 documents, 2022-12-10 – 2022-12-16. Principal parties: Serbia, Kosovo."
    )
    strong = [c for c in first_paragraph.children or [] if c.type == "strong_open"]
    assert len(strong) == 2


def test_core_sections_exist_even_when_missing_or_empty() -> None:
    b = Briefing(title="Empty", sources=(), sections=())
    tokens = parse_markdown(render(b))
    assert [h for _, h in headings(tokens)] == [
        "Empty", "Background", "Actors", "International reactions", "Sources"
    ]  # fmt: skip
    assert "Nothing in these sources." in render(b)


def test_entities_are_strong_and_only_entities(briefing: Briefing) -> None:
    tokens = parse_markdown(render(briefing))
    background = list_item_inlines(tokens)[0]
    assert strong_texts(background) == ["Kosovo Serbs", "Jarinje"]
    assert text_of(background).startswith("Kosovo Serbs put up barricades near Jarinje after")


def test_document_asterisks_stay_literal(briefing: Briefing) -> None:
    tokens = parse_markdown(render(briefing))
    second = list_item_inlines(tokens)[1]
    assert "(the *KS* prefix)" in text_of(second)
    assert not [c for c in second.children or [] if c.type in ("em_open", "strong_open")]


def test_reactions_grouped_by_actor_with_stance_label(briefing: Briefing) -> None:
    tokens = parse_markdown(render(briefing))
    groups = reaction_groups(briefing.section("reactions").items)  # type: ignore[union-attr]
    assert [name for name, _ in groups] == ["European Union", "United States"]
    start = next(
        i for i, t in enumerate(tokens) if t.type == "inline" and t.content == "European Union"
    )
    eu_items = []
    for token in tokens[start + 1 :]:
        if token.type == "heading_open":
            break
        if token.type == "inline":
            eu_items.append(token)
    assert len(eu_items) == 2
    for inline, stance in zip(eu_items, ["appeal-restraint", "concern"], strict=True):
        kids = inline.children or []
        assert kids[0].type == "em_open" and kids[1].content == stance
    assert "violence <was not acceptable>." in text_of(eu_items[1])


# -- the actors table -----------------------------------------------------------------------


def table_rows(tokens: list[Token]) -> list[list[str]]:
    rows: list[list[str]] = []
    in_table = False
    for i, token in enumerate(tokens):
        if token.type == "table_open":
            in_table = True
        elif token.type == "table_close":
            in_table = False
        elif in_table and token.type == "tr_open":
            rows.append([])
        elif in_table and token.type in ("th_open", "td_open"):
            rows[-1].append(text_of(tokens[i + 1]))
    return rows


def test_actors_table_has_header_and_one_row_per_actor(briefing: Briefing) -> None:
    tokens = parse_markdown(render(briefing))
    assert count(tokens, "table_open") == 1
    rows = table_rows(tokens)
    assert rows[0] == ["Actor", "Type", "Aliases", "Mentions", "Role"]
    assert len(rows) == 1 + 4
    assert all(len(row) == 5 for row in rows)
    assert rows[1] == ["Serbia", "State / place", "Belgrade, Serbian", "7",
                       "asked KFOR to let troops return (3)"]  # fmt: skip
    assert rows[3][4] == "NATO-led force | keeps the peace (3)"
    assert rows[4][:3] == ["Aleksandar Vučić", "Person", "Vučić"]


# -- citations and sources ------------------------------------------------------------------


def expected_citations(b: Briefing) -> list[tuple[int, int]]:
    """(source number, paragraph) of every item in the order the export shows them."""
    numbers = {s.id: s.number for s in b.sources}
    order: list[Item] = []
    for key in ("background", "reactions"):
        section = b.section(key)
        assert section is not None
        if key == "reactions":
            order.extend(i for _, items in reaction_groups(section.items) for i in items)
        else:
            order.extend(section.items)
    for section in b.sections:
        if section.key not in ("background", "actors", "reactions"):
            order.extend(section.items)
    return [(numbers[i.source], i.paragraph) for i in order]


def test_every_item_cites_its_numbered_source(briefing: Briefing) -> None:
    text = render(briefing)
    tokens = parse_markdown(text)
    refs = references(text)
    items = list_item_inlines(tokens)
    assert len(items) == len(expected_citations(briefing))
    found = []
    for inline in items:
        links = citations(inline)
        assert len(links) == 1, inline.content
        href, label = links[-1]
        match = CITATION.match(label)
        assert match, label
        number, paragraph = int(match[1]), int(match[2])
        source = briefing.sources[number - 1]
        assert refs[str(number)] == href
        assert href == source.path.replace(" ", "%20")
        found.append((number, paragraph))
    assert found == expected_citations(briefing)


def test_sources_are_numbered_with_title_date_and_path(briefing: Briefing) -> None:
    text = render(briefing)
    tokens = parse_markdown(text)
    entries = list_item_inlines(tokens, "ordered_list_open")
    assert len(entries) == 3
    ordered = next(t for t in tokens if t.type == "ordered_list_open")
    assert ordered.attrs.get("start", 1) == 1
    for entry, source in zip(entries, briefing.sources, strict=True):
        shown = text_of(entry)
        assert shown.startswith(source.title)
        assert source.date is not None and source.date in shown
        code = [c.content for c in entry.children or [] if c.type == "code_inline"]
        assert code == [source.path]
    assert "Balkan Wire" in text_of(entries[0])
    assert references(text) == {
        "1": "/srv/news/2022-12-10-barricades.txt",
        "2": "/srv/news/2022-12-12-calm.md",
        "3": "/srv/news/2022-12-16%20kfor%20request.html",
    }


def test_citation_to_an_unknown_source_is_plain_text() -> None:
    b = one_item_briefing()
    b = replace(b, sections=(Section("background", "Background", items=(Item("x.", "nope", 3),)),))
    text = render(b)
    assert "- x. (source unknown, ¶3)" in text


@pytest.mark.parametrize(
    ("path", "href"),
    [
        ("javascript:alert(1)//x.txt", "javascript%3Aalert%281%29//x.txt"),
        ("//evil.example/x.txt", "/evil.example/x.txt"),
        ("/a b/<c>\\d.md", "/a%20b/%3Cc%3E%5Cd.md"),
    ],
)
def test_source_paths_cannot_become_a_scheme_or_host(path: str, href: str) -> None:
    refs = references(render(one_item_briefing(path=path)))
    assert refs["1"] == href


def test_a_hostile_file_name_is_shown_clean_and_linked_exactly() -> None:
    """The front matter gives the display form; the link target the file's exact bytes
    (a name that is not UTF-8 is kept by Python as surrogates and must not crash)."""
    path = "/docs/a\x1b[2J\u202egnp\udce9.txt"
    text = render(one_item_briefing(path=path))
    assert "\u202e" not in text and "\x1b" not in text
    assert (
        front_matter(parse_markdown(text))["sources"][0]["path"]
        == "/docs/a\\x1b[2J\\u202egnp\ufffd.txt"
    )
    assert references(text)["1"] == "/docs/a%1B%5B2J%E2%80%AEgnp%E9.txt"


# -- hostile text -----------------------------------------------------------------------------

HOSTILE = [
    "*star* _under_ **bold** __bold__",
    "[x](javascript:alert(1)) and ![img](http://e/x.png) and [ref][1]",
    "<script>alert(1)</script> <b>bold</b> <!-- c --> <http://auto.link>",
    "a | pipe | table | row",
    "`code` and ``double`` and ```fence",
    "# heading",
    "> quote",
    "1. ordered",
    "12) ordered",
    "- bullet",
    "+ plus",
    "===",
    "---",
    "***",
    "    indented code",
    "[/b] [@click=app.quit] [bold red]markup[/]",
    "&amp; &#60; &lt;script&gt; & alone",
    "back\\slash \\* and trailing\\",
    "line one\n# line two\n\n> para\n| a | b |\n|---|---|",
    "\x1b[2J\x1b]52;c;ZXZpbA==\x07 bell\x07 nul\x00 del\x7f c1\x9b",
    "~~strike~~ ~tilde~",
    '[1]: http://evil.example/ "title"',
]

CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def hostile_briefing(text: str) -> Briefing:
    return one_item_briefing(
        text,
        title=text,
        name=text,
        alias=text,
        role=text,
        actor=text,
        stance=text,
        source_title=text,
        outlet=text,
        note=text,
    )


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_cannot_change_structure(text: str) -> None:
    rendered = render(hostile_briefing(text))
    baseline = parse_markdown(render(hostile_briefing("benign words")))
    tokens = parse_markdown(rendered)
    assert skeleton(tokens) == skeleton(baseline)
    assert count(tokens, "html_block") == count(tokens, "html_inline") == 0
    assert all(not str(c.attrs.get("href", "")).startswith("javascript") for c in children(tokens))
    assert not CONTROL.search(rendered)


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_is_shown_not_lost(text: str) -> None:
    tokens = parse_markdown(render(hostile_briefing(text)))
    first_item = next(
        t
        for i, t in enumerate(tokens)
        if t.type == "inline" and tokens[i - 2].type == "list_item_open"
    )
    shown = text_of(first_item)
    words = [w for w in re.split(r"\s+", text) if w and not CONTROL.search(w)]
    for word in words:
        assert word in shown


def test_hostile_entity_spans_emphasise_only_the_entity() -> None:
    text = "*Evil* [Corp](x) said <b>hi</b> to _Serbia_."
    at = text.index("_Serbia_")
    spans = (Span(0, 6, "PERSON", "E"), Span(7, 16, "ORG", "C"), Span(at, at + 8, "GPE", "S"))
    tokens = parse_markdown(render(one_item_briefing(text, spans)))
    background = next(t for t in tokens if t.type == "inline" and "said" in t.content)
    assert text_of(background) == text + " (1 ¶2)"
    assert strong_texts(background) == ["*Evil*", "[Corp](x)", "_Serbia_"]
    assert count(tokens, "html_inline") == 0


def test_newlines_in_an_item_stay_in_one_list_item() -> None:
    tokens = parse_markdown(render(one_item_briefing("first line\n\nsecond line\n- third")))
    background = next(t for t in tokens if t.type == "inline" and "first line" in t.content)
    assert text_of(background) == "first line second line - third (1 ¶2)"


@pytest.mark.parametrize("path", ["/a/b_c.md", "/x/`tick`.md", "`/lead", "/a/``two``/b", " /sp "])
def test_code_span_shows_a_path_literally(path: str) -> None:
    tokens = parse_markdown(f"- {code_span(path)}")
    code = [c for c in children(tokens) if c.type == "code_inline"]
    assert [c.content for c in code] == [path]


def test_escape_markdown_backslashes_structure_characters() -> None:
    assert escape_markdown("a*b_c[d]e<f|g`h#i~j>k\\") == (
        "a\\*b\\_c\\[d\\]e&lt;f\\|g\\`h\\#i\\~j\\>k\\\\"
    )
    assert escape_markdown("&copy; & x &#1; &") == "&amp;copy; & x &amp;\\#1; &amp;"


# -- determinism --------------------------------------------------------------------------------


def test_same_input_same_bytes(briefing: Briefing) -> None:
    assert render(briefing) == render(briefing)


def test_only_the_generated_line_varies(briefing: Briefing) -> None:
    a = render_markdown(briefing, generated=GENERATED).splitlines()
    b = render_markdown(briefing, generated=datetime(2030, 1, 2, 3, 4, 5, tzinfo=UTC)).splitlines()
    assert [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y] == [2]
    assert b[2] == 'generated: "2030-01-02T03:04:05Z"'


def test_generated_defaults_to_now_utc(briefing: Briefing) -> None:
    before = datetime.now(UTC).replace(microsecond=0)
    data = front_matter(parse_markdown(render_markdown(briefing)))
    after = datetime.now(UTC)
    stamp = datetime.strptime(str(data["generated"]), "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    assert before <= stamp <= after


@pytest.mark.parametrize(
    ("text", "surface", "strong"),
    [
        ("the U.S.led force", "U.S.", []),  # `**` after `.` before a letter cannot close
        ("x(Kosovo) y", "(Kosovo)", []),  # nor open between a letter and `(`
        ("the U.S.-led force", "U.S.", ["U.S."]),
        ("anti-Serbian mood", "Serbia", ["Serbia"]),
        ("Serbia's army", "Serbia", ["Serbia"]),
    ],
)
def test_entities_are_emphasised_only_where_markdown_allows(
    text: str, surface: str, strong: list[str]
) -> None:
    start = text.index(surface)
    spans = (Span(start, start + len(surface), "GPE", surface),)
    tokens = parse_markdown(render(one_item_briefing(text, spans)))
    first = next(i for i, t in enumerate(tokens) if t.type == "list_item_open")
    background = tokens[first + 2]
    assert text_of(background) == f"{text} (1 ¶2)"
    assert strong_texts(background) == strong
