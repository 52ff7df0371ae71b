"""The PDF loader, on PDFs made here with fpdf2: wrapped lines, hyphens, pages, failures."""

from __future__ import annotations

import contextlib
import logging
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from fpdf import FPDF

from briefer.sources import LoadError, load_document

PARAGRAPHS = [
    "BRUSSELS, 14 December 2022 - Diplomats from the five countries met in the evening and "
    "agreed a statement calling on both governments to remove the roadblocks and to return to "
    "the talks without preconditions.",
    "The statement said the parties had to show restraint and avoid any step that could raise "
    "tensions further in the north, where the situation remained extremely fragile after "
    "several nights of gunfire.",
    "Officials said a new round of talks could take place in January if the roads were "
    "cleared and the elections postponed as planned.",
]


def make_pdf(path: Path, *, title: str | None = "Kosovo talks: a briefing", pages: int = 1) -> None:
    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    if title:
        pdf.set_title(title)
    pdf.set_author("Research Desk")
    for page in range(pages):
        pdf.add_page()
        if page == 0:
            pdf.multi_cell(0, 6, "Kosovo talks: a briefing", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(4)
        for text in PARAGRAPHS:
            pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(4)
    pdf.output(str(path))


def test_pdf_paragraphs_title_date(tmp_path: Path) -> None:
    path = tmp_path / "brief.pdf"
    make_pdf(path)
    doc = load_document(path)
    assert doc.format == "pdf"
    assert doc.title == "Kosovo talks: a briefing"
    assert doc.author == "Research Desk"
    assert doc.date == date(2022, 12, 14)  # from the dateline, not the PDF's creation time
    texts = [doc.paragraph_text(p.number) for p in doc.paragraphs]
    assert texts == ["Kosovo talks: a briefing", *PARAGRAPHS]  # wrapped lines joined back
    assert doc.paragraphs[0].kind == "heading"


def test_a_browsers_print_head_and_foot_are_dropped(tmp_path: Path) -> None:
    # "Print to PDF" of a web page: the print's date and time with the page title on top, the
    # page's address and page count below, even on a single page.
    pdf = FPDF()
    pdf.add_page()
    pdf.set_auto_page_break(False)
    pdf.set_font("Helvetica", size=8)
    pdf.set_xy(10, 5)
    pdf.cell(0, 5, "12/14/22, 9:41 PM    Kosovo talks: a briefing | Balkan Wire")
    pdf.set_xy(10, 285)
    pdf.cell(0, 5, "https://balkanwire.example/2022/12/14/kosovo-talks    1/1")
    pdf.set_xy(10, 20)
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, "Kosovo talks: a briefing", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for text in PARAGRAPHS:
        pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
    path = tmp_path / "printed.pdf"
    pdf.output(str(path))
    doc = load_document(path)
    assert doc.title == "Kosovo talks: a briefing"
    assert "9:41" not in doc.text and "https://" not in doc.text
    assert doc.paragraph_text(2).startswith("BRUSSELS, 14 December 2022")


def test_title_from_first_line_without_metadata(tmp_path: Path) -> None:
    path = tmp_path / "untitled.pdf"
    make_pdf(path, title=None, pages=2)
    doc = load_document(path)
    assert doc.title == "Kosovo talks: a briefing"
    assert len(doc.paragraphs) == 1 + 2 * len(PARAGRAPHS)


def test_hyphenated_line_ends_are_joined(tmp_path: Path) -> None:
    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    pdf.add_page()
    for line in (
        "The mission said the situation in the north was deteriorating and that the inter-",
        "national presence would be strengthened over the coming weeks, officials added.",
        "Short end.",
    ):
        pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "hyphen.pdf"
    pdf.output(str(path))
    doc = load_document(path)
    assert "the international presence" in doc.text


def test_justified_lines_lose_their_runs_of_spaces(tmp_path: Path) -> None:
    font = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    if not font.exists():
        pytest.skip("needs the DejaVu font (an embedded font is what spreads the spaces)")
    pdf = FPDF()
    pdf.add_font("DejaVu", "", str(font))
    pdf.set_font("DejaVu", size=11)
    pdf.add_page()
    for text in PARAGRAPHS:
        pdf.multi_cell(0, 6, text, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
    path = tmp_path / "justified.pdf"
    pdf.output(str(path))
    doc = load_document(path)
    assert "  " not in doc.text
    assert [doc.paragraph_text(p.number) for p in doc.paragraphs] == PARAGRAPHS


def test_encrypted_pdf_is_a_load_error(tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    plain = tmp_path / "plain.pdf"
    make_pdf(plain)
    writer = PdfWriter()
    for page in PdfReader(plain).pages:
        writer.add_page(page)
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    locked = tmp_path / "locked.pdf"
    with locked.open("wb") as handle:
        writer.write(handle)
    with pytest.raises(LoadError, match=r"locked\.pdf: encrypted PDF"):
        load_document(locked)


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"%PDF-1.7\n" + bytes(range(256)) * 8, "unreadable PDF|no extractable text"),
        (b"<html>not a pdf</html>", "not a PDF"),
    ],
)
def test_damaged_pdfs_are_load_errors(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "damaged.pdf"
    path.write_bytes(content)
    with pytest.raises(LoadError, match=reason) as info:
        load_document(path)
    assert "\n" not in str(info.value)


def test_a_reason_quoting_the_file_holds_no_escape(tmp_path: Path) -> None:
    """pypdf names an unknown filter as written in the file: ESC[2J there stays out."""
    plain = tmp_path / "plain.pdf"
    make_pdf(plain)
    path = tmp_path / "filter.pdf"
    path.write_bytes(plain.read_bytes().replace(b"/FlateDecode", b"/Fl\x1b[2Jecode"))
    with pytest.raises(LoadError, match=r"filter\.pdf: unreadable PDF") as info:
        load_document(path)
    assert "\x1b" not in str(info.value)


def test_without_pypdf_the_error_names_the_extra(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "brief.pdf"
    make_pdf(path)
    monkeypatch.setitem(sys.modules, "pypdf", None)
    with pytest.raises(LoadError, match=r"pip install 'briefer\[pdf\]'"):
        load_document(path)


def test_damaged_pdf_logs_nothing(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "cut.pdf"
    make_pdf(path)
    path.write_bytes(path.read_bytes()[:-200])  # cut off the xref table and EOF marker
    caplog.set_level(logging.DEBUG, logger="pypdf")
    with contextlib.suppress(LoadError):
        load_document(path)
    assert [r.getMessage() for r in caplog.records if r.name.startswith("pypdf")] == []
    assert logging.getLogger("pypdf").level == logging.DEBUG  # restored afterwards


# -- text expansion: the size limit is on the file, the text cap on what it expands to ---------


def shared_stream_pdf(path: Path, pages: int, words: int) -> None:
    """A few kB of PDF whose pages all show one compressed stream of `words` words."""
    import io

    from pypdf import PdfReader, PdfWriter

    one = FPDF()
    one.set_font("Helvetica", size=1)
    one.add_page()
    one.text(1, 10, "Kosovo " * words)
    page = PdfReader(io.BytesIO(bytes(one.output()))).pages[0]
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_page(page)
    with path.open("wb") as out:
        writer.write(out)


def test_text_cap_grows_with_the_file_between_a_floor_and_the_size_limit() -> None:
    from briefer.sources import DEFAULT_MAX_BYTES
    from briefer.sources.pdf import TEXT_FLOOR, TEXT_PER_BYTE, text_cap

    assert text_cap(5_000) == TEXT_FLOOR
    assert text_cap(50_000) == 50_000 * TEXT_PER_BYTE
    assert text_cap(5_000_000) == DEFAULT_MAX_BYTES
    assert text_cap(DEFAULT_MAX_BYTES * 2) == DEFAULT_MAX_BYTES * 2


@pytest.fixture
def extracted(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The length of the text pypdf extracts from each page the loader reads, in order."""
    from pypdf import PageObject

    lengths: list[int] = []
    extract = PageObject.extract_text

    def counting(page: PageObject, *args: Any, **kwargs: Any) -> str:
        text: str = extract(page, *args, **kwargs)
        lengths.append(len(text))
        return text

    monkeypatch.setattr(PageObject, "extract_text", counting)
    return lengths


@pytest.mark.timeout(60)  # a hang guard; the pages read are counted, not timed
def test_a_small_pdf_expanding_to_millions_of_characters_is_refused(
    tmp_path: Path, extracted: list[int]
) -> None:
    """Refused as soon as the text passes the cap: the pages after that one are never read."""
    from briefer.sources.pdf import TEXT_FLOOR

    path = tmp_path / "bomb.pdf"
    shared_stream_pdf(path, pages=40, words=20_000)  # 40 x 140,000 characters
    assert path.stat().st_size < 10_000
    with pytest.raises(LoadError, match=r"bomb.pdf: PDF text exceeds 1,000,000 characters"):
        load_document(path)
    assert len(extracted) < 40, "every page was extracted before the text was counted"
    assert sum(extracted[:-1]) <= TEXT_FLOOR < sum(extracted), extracted  # the page past the cap


def test_a_pdf_sharing_a_stream_within_the_cap_still_loads(tmp_path: Path) -> None:
    path = tmp_path / "repeated.pdf"
    shared_stream_pdf(path, pages=5, words=2_000)
    doc = load_document(path)
    assert doc.text.count("Kosovo") == 5 * 2_000


# -- layout: a line end is not a paragraph end ------------------------------------------------
#
# Reports as think tanks and ministries publish them: justified columns in an embedded font
# with diacritics, a running header and a numbered footer on every page, bold headings.

DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
HEADER = "Centre for Regional Dialogue · Policy Note 7 · Vienna"
LINE = 6.0  # mm between the lines of a paragraph
FILLER = str.split(
    "According to officials in Priština and Belgrade who spoke on Tuesday on condition of "
    "anonymity because they were not allowed to brief the press the mission in the north of "
    "Kosovo has been reinforced over the past week and"
)


class Report(FPDF):
    """A report page layout: running header, 'Page n' footer, 11 pt body, bold headings."""

    def __init__(self, *, running: bool = True) -> None:
        super().__init__()
        if not (DEJAVU / "DejaVuSans.ttf").exists():
            pytest.skip("needs the DejaVu fonts")
        self.running = running
        self.add_font("DejaVu", "", str(DEJAVU / "DejaVuSans.ttf"))
        self.add_font("DejaVu", "B", str(DEJAVU / "DejaVuSans-Bold.ttf"))
        self.set_font("DejaVu", size=11)
        self.add_page()

    def header(self) -> None:
        if self.running:
            self.set_font("DejaVu", size=8)
            self.cell(0, 5, HEADER, new_x="LMARGIN", new_y="NEXT")
            self.ln(4)
            self.set_font("DejaVu", size=11)

    def footer(self) -> None:
        if self.running:
            self.set_y(-15)
            self.set_font("DejaVu", size=8)
            self.cell(0, 5, f"Regional security series · page {self.page_no()}", align="C")
            self.set_font("DejaVu", size=11)

    def heading(self, text: str) -> None:
        self.set_font("DejaVu", "B", 13)
        self.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
        self.set_font("DejaVu", size=11)

    def para(self, text: str, *, gap: float = 4, indent: float = 0) -> None:
        """A justified paragraph: every line but the last ends exactly at the margin (an
        indented first line is set ragged)."""
        if indent:
            self.set_x(self.l_margin + indent)
            first, *rest = self.lines(text, width=self.epw - indent)
            self.multi_cell(self.epw - indent, LINE, first, align="J", new_x="LMARGIN")
            self.set_y(self.get_y() + LINE)
            text = " ".join(rest)
        self.multi_cell(0, LINE, text, align="J", new_x="LMARGIN", new_y="NEXT")
        self.ln(gap)

    def lines(self, text: str, *, width: float = 0) -> list[str]:
        """How fpdf2 wraps `text` at `width` (0: the full measure)."""
        out = self.multi_cell(width, LINE, text, align="J", dry_run=True, output="LINES")
        assert isinstance(out, list)
        return [str(line) for line in out]

    def fitted(self, text: str, ending: str) -> str:
        """`text` behind just enough filler words that one of its lines (not the last) ends
        with `ending`: the case is made where the layout puts it, not hoped for."""
        for k in range(len(FILLER) + 1):
            candidate = " ".join([*FILLER[:k], text]) if k else text
            if any(line.rstrip().endswith(ending) for line in self.lines(candidate)[:-1]):
                return candidate
        raise AssertionError(f"no filler puts {ending!r} at a line end")

    def save(self, path: Path) -> Path:
        self.output(str(path))
        return path


def paragraph_texts(path: Path) -> list[str]:
    doc = load_document(path)
    return [doc.paragraph_text(p.number) for p in doc.paragraphs]


# Full lines differ in length by their letters: one of narrow letters holds far more characters
# than one of capitals. The old rule took a line well under the longest on the page for a
# paragraph's last line, and cut the sentence there.
NARROW = (
    "It is still a little difficult to tell if this will fit; it will, if all is still quiet in "
    "the villages in the hills, officials said, but it is still early in this affair."
)
WIDE = (
    "The envoys of KFOR, EULEX, UNMIK, OSCE, NATO, the WHO and the EU met the mayors of "
    "MITROVICA, ZVEČAN, ZUBIN POTOK and LEPOSAVIĆ on Monday and said the roads would reopen."
)


def test_a_full_line_of_wide_letters_does_not_end_the_paragraph(tmp_path: Path) -> None:
    report = Report(running=False)
    report.para(NARROW)
    report.para(WIDE)
    assert paragraph_texts(report.save(tmp_path / "wide.pdf")) == [NARROW, WIDE]


def test_a_sentence_ending_at_a_line_end_does_not_end_the_paragraph(tmp_path: Path) -> None:
    report = Report(running=False)
    first = report.fitted(
        "KFOR said its troops had removed the last barricade near JARINJE on Thursday. "
        "The mission added that the road would stay open and that its patrols would go on "
        "through the winter, whatever the outcome of the talks in Brussels.",
        "Thursday.",
    )
    report.para(NARROW)
    report.para(first)
    assert paragraph_texts(report.save(tmp_path / "margin.pdf")) == [NARROW, first]


def test_short_last_lines_and_indents_end_paragraphs_without_gaps(tmp_path: Path) -> None:
    report = Report(running=False)
    texts = [
        "The European Union called on both sides to show restraint. Its foreign policy chief "
        "said the barricades had to come down and the talks had to resume at once.",
        "Washington echoed the appeal. The State Department said the United States was in "
        "close contact with Pristina and Belgrade and urged them to avoid any step that could "
        "raise tensions in the north.",
        "Moscow blamed the West.",
    ]
    for text in texts:
        report.para(text, gap=0)  # no space between paragraphs: only the short last line
    indented = [
        "Indented paragraphs are how many ministries set their statements, so the first line "
        "of each one tells where it starts even when the line before it was nearly full of "
        "words and ended with a stop.",
        "This second indented paragraph follows directly, with no vertical gap at all, and its "
        "own first line is indented by the same amount as the first one was.",
    ]
    for text in indented:
        report.para(text, gap=0, indent=10)
    assert paragraph_texts(report.save(tmp_path / "short.pdf")) == texts + indented


def test_a_sentence_runs_over_the_page_break_past_header_footer_and_number(
    tmp_path: Path,
) -> None:
    report = Report()
    sentence = (
        "The ministers agreed that the border crossings at Jarinje and Brnjak would reopen "
        "under the supervision of the NATO-led mission, that the officers detained since "
        "December would be released, and that the special envoys of the European Union "
        "would report to the Council in Brussels before the end of January."
    )
    lines = report.lines(sentence)
    # break the page after the line whose successor starts with a capital ("European",
    # "NATO", "Council", ...): the case the old join (lower case only) missed
    cut = next(i for i, line in enumerate(lines[:-1], 1) if lines[i].lstrip()[:1].isupper())
    report.para("The meeting in Brussels ended late on Monday.", gap=4)
    report.set_y(report.page_break_trigger - cut * LINE + 1)
    report.para(sentence)
    report.para("Kosovo's prime minister said the deal was a first step.")
    doc = load_document(report.save(tmp_path / "pagebreak.pdf"))
    assert page_count(tmp_path / "pagebreak.pdf") == 2
    texts = [doc.paragraph_text(p.number) for p in doc.paragraphs]
    assert texts == [
        "The meeting in Brussels ended late on Monday.",
        sentence,
        "Kosovo's prime minister said the deal was a first step.",
    ]
    assert "Centre for Regional Dialogue" not in doc.text  # the running header is dropped
    assert "security series" not in doc.text  # and the footer with its page number


def page_count(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(path).pages)


def test_a_word_hyphenated_at_a_line_end_is_joined(tmp_path: Path) -> None:
    report = Report(running=False)
    text = report.fitted(
        "the mission said the inter\u00adnational presence would be strengthened across the "
        "north over the coming weeks and months, officials added on Tuesday evening.",
        "inter-",
    )
    report.para(text)
    (only,) = paragraph_texts(report.save(tmp_path / "hyphen.pdf"))
    assert only == text.replace("\u00ad", "")
    assert "international presence" in only


def test_a_bold_heading_on_its_own_line_and_one_wrapped_over_two(tmp_path: Path) -> None:
    report = Report(running=False)
    title = (
        "Kosovo and Serbia after the barricades: what the December crisis means for the "
        "normalisation talks"
    )
    report.set_font("DejaVu", "B", 16)
    report.multi_cell(120, 8, title, new_x="LMARGIN", new_y="NEXT")  # wraps over lines
    report.set_font("DejaVu", size=11)
    report.ln(4)
    report.heading("Background")
    body = (
        "Kosovo declared independence from Serbia in 2008. Belgrade does not recognise it, and "
        "the dialogue facilitated by the European Union since 2011 has produced agreements "
        "that were only partly carried out."
    )
    report.para(body)
    report.heading("Outlook")
    report.para("Further incidents are likely before the spring.")
    doc = load_document(report.save(tmp_path / "headings.pdf"))
    got = [(doc.paragraph_text(p.number), p.kind) for p in doc.paragraphs]
    assert got == [
        (title, "heading"),
        ("Background", "heading"),
        (body, "text"),
        ("Outlook", "heading"),
        ("Further incidents are likely before the spring.", "text"),
    ]


def test_list_items_wrap_and_stay_apart(tmp_path: Path) -> None:
    report = Report(running=False)
    report.heading("Agreement in Brussels")
    report.para("The ministers agreed on three points:", gap=1)
    items = [
        "the barricades in the north of Kosovo are to be removed by the protesters themselves "
        "within forty-eight hours, under the eyes of KFOR patrols;",
        "the officers arrested in December are to be released to house arrest;",
        "talks resume in Brussels in January at the level of chief negotiators.",
    ]
    for item in items:
        report.cell(6, LINE, "•")
        report.multi_cell(0, LINE, item, new_x="LMARGIN", new_y="NEXT")  # hanging indent
    report.ln(3)
    report.para("Both delegations accepted the text.")
    doc = load_document(report.save(tmp_path / "list.pdf"))
    got = [(doc.paragraph_text(p.number), p.kind) for p in doc.paragraphs]
    assert got == [
        ("Agreement in Brussels", "heading"),
        ("The ministers agreed on three points:", "text"),
        *((f"• {item}", "list") for item in items),
        ("Both delegations accepted the text.", "text"),
    ]


@pytest.mark.parametrize("abbreviation", ["U.S.", "Mr."])
def test_a_line_ending_in_an_abbreviation_goes_on(tmp_path: Path, abbreviation: str) -> None:
    report = Report(running=False)
    text = report.fitted(
        f"the envoys of KFOR, EULEX, UNMIK and the OSCE met the {abbreviation} Escobar, who "
        "saw both leaders on Monday and said that the two sides would meet again in January.",
        abbreviation,
    )
    text = text[0].upper() + text[1:]
    report.para(NARROW)
    report.para(text, gap=0)
    report.para("A second paragraph follows at once and starts on its own.")
    assert paragraph_texts(report.save(tmp_path / "abbr.pdf")) == [
        NARROW,
        text,
        "A second paragraph follows at once and starts on its own.",
    ]


def test_two_columns_are_read_one_after_the_other(tmp_path: Path) -> None:
    report = Report(running=False)
    width = (report.epw - 10) / 2
    left = (
        "The first column opens the report with a sentence that is long enough to run over "
        "several lines and then goes on into the second column without a stop at the foot "
        "of this one, so that the reader has to carry the words across to the"
    )
    right_start = "top of the next column, where the sentence ends."
    right_rest = "A new paragraph then opens in the second column after a gap."
    top = report.get_y()
    report.multi_cell(width, LINE, left, align="J")
    report.set_xy(report.l_margin + width + 10, top)
    report.multi_cell(width, LINE, right_start, align="J")
    report.set_xy(report.l_margin + width + 10, report.get_y() + 4)
    report.multi_cell(width, LINE, right_rest, align="J")
    assert paragraph_texts(report.save(tmp_path / "columns.pdf")) == [
        f"{left} {right_start}",
        right_rest,
    ]


def test_a_bold_summary_of_several_lines_is_a_paragraph_not_a_heading(tmp_path: Path) -> None:
    report = Report(running=False)
    report.heading("Summary")
    summary = (
        "Serbia put its army on the highest state of alert on 26 December, and the United "
        "States and the European Union urged both governments to take the barricades down "
        "without delay and to return to the dialogue in Brussels."
    )
    report.set_font("DejaVu", "B", 11)
    report.multi_cell(0, LINE, summary, align="J", new_x="LMARGIN", new_y="NEXT")
    report.set_font("DejaVu", size=11)
    report.ln(4)
    report.para("The barricades came down three days later.")
    doc = load_document(report.save(tmp_path / "bold.pdf"))
    got = [(doc.paragraph_text(p.number), p.kind) for p in doc.paragraphs]
    assert got == [
        ("Summary", "heading"),
        (summary, "text"),
        ("The barricades came down three days later.", "text"),
    ]


def test_without_places_the_text_alone_still_gives_paragraphs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A PDF whose pieces pypdf cannot place (a crafted matrix) is read by the text rules."""
    from briefer.sources import pdf as pdf_loader

    monkeypatch.setattr(pdf_loader, "page_lines", lambda page, number: None)
    path = tmp_path / "brief.pdf"
    make_pdf(path)
    assert paragraph_texts(path) == ["Kosovo talks: a briefing", *PARAGRAPHS]


def test_contents_entries_and_a_question_heading_stand_alone(tmp_path: Path) -> None:
    report = Report(running=False)
    report.heading("Contents")
    entries = [
        f"{name} {'. ' * dots}{page}"
        for name, dots, page in (
            ("1 Background", 40, 2),
            ("2 The barricades and the arrests", 30, 3),
            ("2.1 Responses of KFOR and EULEX", 31, 4),
        )
    ]
    for entry in entries:
        report.cell(0, LINE, entry, new_x="LMARGIN", new_y="NEXT")
    report.ln(4)
    report.heading("What did the envoys ask for?")
    report.para("They asked both sides to remove the barricades.")
    doc = load_document(report.save(tmp_path / "contents.pdf"))
    got = [(doc.paragraph_text(p.number), p.kind) for p in doc.paragraphs]
    assert got == [
        ("Contents", "heading"),
        *((entry, "text") for entry in entries),
        ("What did the envoys ask for?", "heading"),
        ("They asked both sides to remove the barricades.", "text"),
    ]


def test_body_lines_alike_but_for_a_date_at_the_top_of_two_pages_are_kept(
    tmp_path: Path,
) -> None:
    """Digits are set aside only for lines in another type than the body's: the first lines
    of two paragraphs that differ by a date are text, not a running header."""
    report = Report(running=False)
    texts = [
        f"On {day} March the ministers met in Brussels and agreed that the barricades in the "
        "north would come down within two days, under the eyes of the KFOR patrols."
        for day in (12, 14)
    ]
    report.para(texts[0])
    report.add_page()
    report.para(texts[1])
    assert paragraph_texts(report.save(tmp_path / "alike.pdf")) == texts


def test_a_spaced_dash_starting_a_line_inside_a_sentence_is_no_list_item(
    tmp_path: Path,
) -> None:
    """fpdf2 keeps a dash on the line before; other typesetters let it start the next."""
    report = Report(running=False)
    text = report.fitted(
        "the envoys said the talks in Brussels \u2013 which had been suspended since "
        "September \u2013 would resume in January at the level of chief negotiators.",
        "Brussels \u2013",
    )
    text = text[0].upper() + text[1:]
    lines = [line.strip() for line in report.lines(text)]
    cut = next(i for i, line in enumerate(lines) if line.endswith("Brussels \u2013"))
    lines[cut] = lines[cut].removesuffix(" \u2013")
    lines[cut + 1] = f"\u2013 {lines[cut + 1]}"
    for line in lines:
        report.cell(0, LINE, line, new_x="LMARGIN", new_y="NEXT")
    report.ln(4)
    report.para("Both delegations confirmed the date.")
    doc = load_document(report.save(tmp_path / "dash.pdf"))
    got = [(doc.paragraph_text(p.number), p.kind) for p in doc.paragraphs]
    assert got == [(text, "text"), ("Both delegations confirmed the date.", "text")]


# A paragraph whose last line is full and ends a sentence at the foot of a page looks like one
# that goes on over the page; only the room left below it tells them apart: a paragraph that
# went on would have filled a line the page still had room for.
RUN_OVER = (
    "The ministers agreed that the border crossings at Jarinje and Brnjak would reopen under "
    "the supervision of the NATO-led mission, that the officers detained since December would "
    "be released, and that the envoys of the European Union would report to the Council."
)
NEXT_PAGE = "Kosovo's prime minister said the deal was a first step and that more would follow."


def full_last_line(report: Report, text: str) -> str:
    """`text` behind just enough filler words that its last line is (nearly) full."""
    full = max(len(line.rstrip()) for line in report.lines(" ".join(FILLER * 3)))
    for k in range(len(FILLER) + 1):
        candidate = " ".join([*FILLER[:k], text]) if k else text
        if len(report.lines(candidate)[-1].rstrip()) >= 0.9 * full:
            return candidate
    raise AssertionError("no filler fills the last line")


def page_ending(report: Report, text: str, *, lines: int, room: float) -> None:
    """`text` set so that its first `lines` lines end the page with `room` mm left below."""
    report.set_y(report.page_break_trigger - lines * LINE - room)
    report.para(text)


def test_a_paragraph_ending_a_page_left_short_is_not_joined_to_the_next_page(
    tmp_path: Path,
) -> None:
    report = Report()
    page_ending(report, RUN_OVER, lines=2, room=0.5)  # page 1 full: where a full page ends
    ending = full_last_line(
        report, "The mission said the road would stay open through the winter, whatever happens."
    )
    # page 2 ends with it: room for one more of its lines, not for the gap and the next line
    page_ending(report, ending, lines=len(report.lines(ending)), room=1.6 * LINE)
    report.para(NEXT_PAGE)
    path = report.save(tmp_path / "short-page.pdf")
    assert page_count(path) == 3
    assert paragraph_texts(path) == [RUN_OVER, ending, NEXT_PAGE]


def test_a_sentence_ending_a_full_page_still_runs_on_over_the_page(tmp_path: Path) -> None:
    report = Report()
    page_ending(report, RUN_OVER, lines=2, room=0.5)
    text = report.fitted(
        "KFOR said its troops had removed the last barricade near Jarinje on Thursday. "
        "The mission added that the road would stay open and that its patrols would go on "
        "through the winter, whatever the outcome of the talks in Brussels.",
        "Thursday.",
    )
    cut = next(i for i, line in enumerate(report.lines(text), 1) if line.endswith("Thursday."))
    # the page ends after 'Thursday.' nearly a line higher than page 1 did: still a full page
    page_ending(report, text, lines=cut, room=0.9 * LINE)
    path = report.save(tmp_path / "full-page.pdf")
    assert page_count(path) == 3
    assert paragraph_texts(path) == [RUN_OVER, text]
