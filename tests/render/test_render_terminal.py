"""Terminal text: entity spans styled by offset, never markup; plain and ANSI renderings."""

from __future__ import annotations

import re

import pytest
from render_support import kosovo_briefing, one_item_briefing
from rich.color import Color
from rich.style import Style

from briefer.analysis.model import Mention
from briefer.briefing.model import Briefing, Span
from briefer.render.palette import (
    ENTITY_COLOURS,
    ENTITY_LABELS,
    ENTITY_STYLES,
    ENTITY_TYPES,
    entity_heading,
    entity_label,
    entity_style,
)
from briefer.render.terminal import briefing_text, entity_text, legend_text
from briefer.render.text import render_text

SGR = re.compile(r"\x1b\[[0-9;]*m")
MARKUP = "[/b] [@click=app.quit] [bold red]x[/] \x1b]52;c;ZXZpbA==\x07 \x1b[2J \u202eevil"


def styled_runs(text: object) -> list[tuple[str, str]]:
    from rich.text import Text

    assert isinstance(text, Text)
    return [(text.plain[s.start : s.end], str(s.style)) for s in text.spans]


def test_entity_text_styles_spans_by_offset() -> None:
    sentence = "Serbia asked KFOR for help."
    text = entity_text(sentence, [Span(0, 6, "GPE", "Serbia"), Span(13, 17, "ORG", "KFOR")])
    assert text.plain == sentence
    assert styled_runs(text) == [("Serbia", ENTITY_STYLES["GPE"]), ("KFOR", ENTITY_STYLES["ORG"])]


def test_entity_text_takes_analysis_mentions_and_keeps_offsets() -> None:
    body = "First paragraph about Kosovo.\n\nSecond one about NATO."
    mentions = [
        Mention(22, 28, "Kosovo", "Kosovo", "GPE"),
        Mention(48, 52, "NATO", "NATO", "ORG"),
    ]
    text = entity_text(body, mentions)
    assert text.plain == body
    assert [(s.start, s.end) for s in text.spans] == [(22, 28), (48, 52)]


def test_markup_and_escapes_in_text_stay_inert() -> None:
    text = entity_text(MARKUP, [Span(0, 4, "PERSON", "x")])
    assert text.plain.startswith("[/b] [@click=app.quit] [bold red]x[/]")
    assert "\x1b" not in text.plain and "\x07" not in text.plain and "\u202e" not in text.plain
    assert styled_runs(text) == [("[/b]", ENTITY_STYLES["PERSON"])]


def test_bad_spans_are_ignored_not_fatal() -> None:
    spans = [Span(-5, 3, "GPE", "a"), Span(2, 99, "ORG", "b"), Span(4, 4, "ORG", "c")]
    text = entity_text("abcdef", spans)
    assert text.plain == "abcdef"
    assert styled_runs(text) == [("abc", ENTITY_STYLES["GPE"])]


def test_collapse_puts_an_item_on_one_line() -> None:
    assert entity_text("a\n\n  b\tc ", collapse=True).plain == "a b c"


def test_briefing_text_sections_in_order_with_citations() -> None:
    plain = briefing_text(kosovo_briefing()).plain
    order = [
        "North Kosovo: barricades & a request to KFOR",
        "3 documents, 2022-12-10 – 2022-12-16. Principal parties: Serbia, Kosovo.",
        "BACKGROUND",
        "ACTORS",
        "INTERNATIONAL REACTIONS",
        "European Union",
        "appeal-restraint: The European Union called on both sides",
        "United States",
        "DEVELOPMENTS",
        "2022-12-16: Serbia asked KFOR",
        "SOURCES",
        "[1] Barricades go up in north Kosovo — Balkan Wire, 2022-12-10",
        "/srv/news/2022-12-10-barricades.txt",
    ]
    positions = [plain.index(part) for part in order]
    assert positions == sorted(positions)
    assert "after the arrest of a former police officer. [1 ¶2]" in plain
    assert "Serbia  State / place · 7 mentions · also Belgrade, Serbian" in plain
    assert "asked KFOR to let troops return [3]" in plain


def test_briefing_text_styles_entities_in_items() -> None:
    runs = styled_runs(briefing_text(kosovo_briefing()))
    assert ("Kosovo Serbs", ENTITY_STYLES["NORP"]) in runs
    assert ("Josep Borrell", ENTITY_STYLES["PERSON"]) in runs
    assert ("Aleksandar Vučić", ENTITY_STYLES["PERSON"]) in runs  # actor name by its type


def test_hostile_text_in_every_field_stays_text() -> None:
    b = one_item_briefing(
        MARKUP, title=MARKUP, name=MARKUP, role=MARKUP, actor=MARKUP, source_title=MARKUP
    )
    plain = briefing_text(b).plain
    assert "[@click=app.quit]" in plain
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e]", plain)


def test_render_text_plain_has_no_escapes() -> None:
    out = render_text(kosovo_briefing(), color=False)
    assert "\x1b" not in out
    assert out == briefing_text(kosovo_briefing()).plain + "\n"


@pytest.mark.parametrize("system", ["standard", "256", "truecolor"])
def test_render_text_colour_uses_only_style_sequences(system: str) -> None:
    b = one_item_briefing(MARKUP, (Span(0, 4, "GPE", "x"),), title=MARKUP)
    out = render_text(b, color=True, color_system=system)  # type: ignore[arg-type]
    assert SGR.search(out)
    assert "\x1b" not in SGR.sub("", out)  # no escape sequence from the document survives
    assert SGR.sub("", out) == render_text(b, color=False)


def test_render_text_colours_entities() -> None:
    out = render_text(kosovo_briefing(), color=True, color_system="truecolor")
    r, g, b = (int(ENTITY_COLOURS["ORG"][i : i + 2], 16) for i in (1, 3, 5))
    assert f"38;2;{r};{g};{b}mEuropean Union" in out


def test_render_text_wraps_to_a_width() -> None:
    out = render_text(kosovo_briefing(), color=False, width=40)
    assert max(len(line) for line in out.splitlines()) <= 40
    assert render_text(kosovo_briefing(), color=False, width=40) == out


def test_legend_names_every_type_in_its_style() -> None:
    legend = legend_text()
    assert [run for run, _ in styled_runs(legend)] == list(ENTITY_LABELS.values())


def test_one_table_names_a_type_alone_and_in_a_list() -> None:
    assert (entity_label("PERSON"), entity_heading("PERSON")) == ("Person", "People")
    assert (entity_label("LAW"), entity_heading("LAW")) == ("LAW", "Law")


def _luminance(colour: str) -> float:
    triplet = Color.parse(colour).get_truecolor()

    def channel(c: int) -> float:
        v = c / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    r, g, b = triplet
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def _contrast(a: str, b: str) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.mark.parametrize(
    ("background", "least"),
    [("#ffffff", 3.5), ("#1e1e1e", 3.5), ("#f5f5f5", 3.0), ("#121212", 3.0), ("#000000", 3.0)],
)
def test_palette_is_readable_on_light_and_dark(background: str, least: float) -> None:
    for kind, colour in ENTITY_COLOURS.items():
        assert _contrast(colour, background) >= least, (kind, background)


def test_palette_covers_every_type_with_distinct_valid_styles() -> None:
    assert set(ENTITY_STYLES) == set(ENTITY_LABELS) == set(ENTITY_TYPES) == {
        "PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "DATE"
    }  # fmt: skip
    assert len(set(ENTITY_STYLES.values())) == len(ENTITY_STYLES)
    for style in ENTITY_STYLES.values():
        assert Style.parse(style).color is not None
    assert entity_style("UNKNOWN") == "bold"


def test_briefing_text_of_an_empty_briefing() -> None:
    plain = briefing_text(Briefing(title="", sources=(), sections=())).plain
    assert plain.startswith("Briefing\n0 documents.")
    assert "No actors identified." in plain and "No sources." in plain
