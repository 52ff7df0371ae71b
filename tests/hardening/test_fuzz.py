"""Property tests over everything that reads untrusted input: the sanitiser, each loader (random,
truncated and garbled bytes), the query language, and the Markdown export end to end.

Each property says what must hold for any input, not what one input gives: a loader returns a
clean `Document` or raises `LoadError`, never anything else; a query gives results or a
`UsageError`; hostile document text never changes the exported Markdown's structure.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from markdown_it.token import Token

from briefer.briefing.model import Briefing
from briefer.errors import UsageError
from briefer.index import Library
from briefer.render.layout import ordered_sections, reaction_groups
from briefer.sources import Document, LoadError, load_document
from briefer.sources.sanitize import decode, sanitize
from tests.hardening.support import (
    BIDI,
    C1,
    CLEAR_SCREEN,
    MARKUP,
    OSC8,
    OSC52,
    ROOT,
    TITLE_SET,
    ZERO_WIDTH,
    assert_clean,
    forbidden_in,
)

SAMPLES = ROOT / "sample_docs"
FAST = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
PAYLOADS = [CLEAR_SCREEN, OSC52, OSC8, TITLE_SET, BIDI, MARKUP, ZERO_WIDTH, C1, "\x1b", "\x1b]"]

# Text with escape sequences, controls and markup lookalikes spliced into ordinary words.
HOSTILE_TEXT = st.lists(
    st.one_of(
        st.sampled_from(PAYLOADS),
        st.sampled_from(["Kosovo ", "the minister said ", "NATO", ". ", "\n", "\n\n", "\r\n"]),
        st.characters(codec="utf-8"),
        st.characters(max_codepoint=0x9F),
    ),
    max_size=40,
).map("".join)


def no_surrogates(text: str) -> str:
    return text.encode("utf-8", "replace").decode("utf-8")


# ---- the sanitiser --------------------------------------------------------------------------


@FAST
@given(text=HOSTILE_TEXT)
def test_sanitize_leaves_nothing_forbidden_and_is_idempotent(text: str) -> None:
    clean = sanitize(text)
    assert forbidden_in(clean) == []
    assert sanitize(clean) == clean


@FAST
@given(before=st.text(max_size=20), after=st.text(max_size=20))
def test_sanitize_removes_whole_sequences_not_just_their_escape(before: str, after: str) -> None:
    """No OSC 52 payload or OSC 8 link target survives as visible junk."""
    clean = sanitize(before + OSC52 + " " + OSC8 + " " + TITLE_SET + after)
    assert "cm0gLXJmIH4=" not in clean
    assert "evil.example" not in clean
    assert "pwned" not in clean or "pwned" in before + after
    assert "official statement" in clean


@FAST
@given(data=st.binary(max_size=400))
def test_decode_never_raises_and_sanitised_output_is_clean(data: bytes) -> None:
    text = decode(data)
    assert isinstance(text, str)
    assert forbidden_in(sanitize(text)) == []


# ---- the loaders ----------------------------------------------------------------------------


def assert_clean_document(doc: Document) -> None:
    """A loaded document holds no forbidden character anywhere a reader or renderer looks,
    and its paragraph offsets point inside its text."""
    assert_clean(
        [doc.title, doc.text, doc.source or "", doc.author or "", *doc.tags], f"{doc.format}"
    )
    for p in doc.paragraphs:
        assert 0 <= p.start <= p.end <= len(doc.text)
        assert doc.text[p.start : p.end].strip()


def load_or_reject(path: Path) -> Document | None:
    """What `briefer index` does with one file: a Document, or a LoadError (a skip)."""
    try:
        doc = load_document(path)
    except LoadError as exc:
        message = str(exc)
        assert "\n" not in message, message
        assert forbidden_in(message) == [], message
        return None
    assert_clean_document(doc)
    return doc


def seeds(suffix: str) -> list[bytes]:
    return [p.read_bytes() for p in sorted(SAMPLES.rglob(f"*{suffix}"))][:3]


SEEDS = {s: seeds(s) for s in (".txt", ".md", ".html", ".pdf")}


def garble(data: bytes, rnd: random.Random, edits: int) -> bytes:
    """Flip, drop, duplicate and splice bytes, the way a broken copy or disk does."""
    out = bytearray(data)
    for _ in range(edits):
        if not out:
            break
        i = rnd.randrange(len(out))
        kind = rnd.randrange(4)
        if kind == 0:
            out[i] = rnd.randrange(256)
        elif kind == 1:
            del out[i : i + rnd.randrange(1, 64)]
        elif kind == 2:
            out[i:i] = out[i : i + rnd.randrange(1, 64)]
        else:
            out[i:i] = rnd.choice(PAYLOADS).encode("utf-8")
    return bytes(out)


@pytest.mark.parametrize("suffix", [".txt", ".md", ".markdown", ".html", ".htm", ".pdf"])
@FAST
@given(data=st.binary(max_size=2000))
def test_random_bytes_load_cleanly_or_raise_load_error(
    suffix: str, data: bytes, tmp_path: Path
) -> None:
    path = tmp_path / f"random{suffix}"
    path.write_bytes(data)
    load_or_reject(path)


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html", ".pdf"])
@FAST
@given(seed=st.integers(0, 2**32 - 1), cut=st.floats(0.0, 1.0))
def test_truncated_documents_load_cleanly_or_raise_load_error(
    suffix: str, seed: int, cut: float, tmp_path: Path
) -> None:
    source = random.Random(seed).choice(SEEDS[suffix])
    path = tmp_path / f"truncated{suffix}"
    path.write_bytes(source[: int(len(source) * cut)])
    load_or_reject(path)


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html", ".pdf"])
@FAST
@given(seed=st.integers(0, 2**32 - 1), edits=st.integers(1, 40))
def test_garbled_documents_load_cleanly_or_raise_load_error(
    suffix: str, seed: int, edits: int, tmp_path: Path
) -> None:
    rnd = random.Random(seed)
    path = tmp_path / f"garbled{suffix}"
    path.write_bytes(garble(rnd.choice(SEEDS[suffix]), rnd, edits))
    load_or_reject(path)


HTML_PIECES = st.sampled_from(
    [
        "<p>",
        "</p>",
        "<div>",
        "<article>",
        "<h1>",
        "</h1>",
        "<script>",
        "</script>",
        "<style>",
        "<!--",
        "-->",
        "<![CDATA[",
        "&#27;",
        "&#x1b;[2J",
        "&#x9b;",
        "&#x202e;",
        "&#0;",
        "&#xd800;",
        "&#99999999;",
        "&lt;",
        "&",
        "<title>",
        "</title>",
        '<meta name="author" content="',
        '<meta property="article:published_time" content="2026-13-45">',
        '<time datetime="',
        '">',
        "<br>",
        "<li>",
        "<table><tr><td>",
        "Kosovo ",
        "the minister said ",
        ". ",
        "\x1b]52;c;eA==\x07",
    ]
)


@FAST
@given(pieces=st.lists(st.one_of(HTML_PIECES, st.text(max_size=8)), max_size=60))
def test_hostile_html_loads_cleanly_or_raises_load_error(pieces: list[str], tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(no_surrogates("".join(pieces)), encoding="utf-8")
    load_or_reject(path)


MD_PIECES = st.sampled_from(
    [
        "---\n",
        "title: ",
        "date: ",
        "2026-02-30\n",
        "tags: [a, b\n",
        "author: !!python/object:os.system ls\n",
        "# ",
        "## ",
        "> ",
        "- ",
        "1. ",
        "```\n",
        "    code\n",
        "<script>x</script>",
        "[link](javascript:alert(1))",
        "![img](x.png)",
        "\n",
        "\n\n",
        "Kosovo ",
        "the minister said ",
        "*",
        "_",
        "`",
        "|a|b|\n|-|-|\n",
        "&#27;[2J",
    ]
)


@FAST
@given(
    pieces=st.lists(
        st.one_of(MD_PIECES, st.sampled_from(PAYLOADS), st.text(max_size=8)), max_size=60
    )
)
def test_hostile_markdown_loads_cleanly_or_raises_load_error(
    pieces: list[str], tmp_path: Path
) -> None:
    path = tmp_path / "note.md"
    path.write_text(no_surrogates("".join(pieces)), encoding="utf-8")
    load_or_reject(path)


# ---- the query language ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def sample_library(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    folder = tmp_path_factory.mktemp("fuzz_index") / "index"
    with Library(folder, workers=1) as library:
        library.sync([SAMPLES / "border-crisis"], max_bytes=20 * 1024 * 1024)
        yield library


QUERY_PIECES = st.sampled_from(
    [
        "kosovo",
        "serbia",
        " ",
        '"',
        "(",
        ")",
        "[",
        "]",
        "{",
        "}",
        "AND",
        "OR",
        "NOT",
        "ANDNOT",
        "ANDMAYBE",
        "*",
        "?",
        "~",
        "~2",
        "^",
        "^2",
        ":",
        "title:",
        "date:",
        "date:>",
        "date:<",
        "2026-13",
        "2022-12",
        " TO ",
        "entity:",
        "type:",
        "format:",
        "nosuchfield:",
        "like:",  # a document by path or id: one of the library's, and nothing
        "dir:",
        f'like:"{SAMPLES}/border-crisis/2022-12-10-north-kosovo-barricades.txt" ',
        "like:0123456789abcdef",
        "\\",
        "/",
        "'",
        "-",
        "+",
        "&",
        "|",
        "!",
        "\x1b[2J",
        "\u202e",
        "\x00",
        "é",
        "北京",
    ]
)
QUERIES = st.one_of(
    st.lists(QUERY_PIECES, min_size=1, max_size=12).map("".join),
    st.text(max_size=30),
)


@FAST
@given(text=QUERIES)
def test_any_query_gives_results_or_a_usage_error(sample_library: Library, text: str) -> None:
    try:
        result = sample_library.search(text, limit=5)
    except UsageError as exc:
        message = str(exc)
        assert message and "\n" not in message
        assert exc.exit_code == 2
        return
    assert result.total >= len(result.hits)
    for hit in result.hits:
        for start, end in hit.highlights:
            assert 0 <= start <= end <= len(hit.snippet)
        assert_clean([hit.title, hit.snippet, hit.source or ""], f"query {text!r}")


# ---- the Markdown export, end to end --------------------------------------------------------

_MD = MarkdownIt("commonmark").enable("table")


def outline(markdown: str) -> dict[str, int]:
    """Counts of the blocks an export reader navigates, from the parsed Markdown body."""
    assert markdown.startswith("---\n")
    body = markdown.split("\n---\n", 1)[1]
    tokens: list[Token] = _MD.parse(body)
    counts: dict[str, int] = {}
    lists: list[str] = []
    for t in tokens:
        key = ""
        if t.type == "heading_open":
            key = t.tag
        elif t.type in ("bullet_list_open", "ordered_list_open"):
            lists.append(t.type)
            key = t.type
        elif t.type in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
        elif t.type == "list_item_open":
            key = f"item in {lists[-1]}" + (" (nested)" if len(lists) > 1 else "")
        elif t.type in ("tr_open", "table_open", "html_block", "hr", "blockquote_open"):
            key = t.type
        elif t.type == "code_block" or t.type == "fence":
            key = "code"
        for child in t.children or []:
            if child.type in ("html_inline", "image"):
                counts[child.type] = counts.get(child.type, 0) + 1
        if key:
            counts[key] = counts.get(key, 0) + 1
    return counts


def expected_outline(b: Briefing) -> dict[str, int]:
    """The outline the model calls for: one h1, an h2 per section and for Sources, an h3 per
    reaction group, one bullet per item, one table row per actor, one numbered line per source."""
    sections = ordered_sections(b)
    counts = {"h1": 1, "h2": len(sections) + 1, "ordered_list_open": 1}
    counts["item in ordered_list_open"] = len(b.sources)
    bullets = 0
    lists = 0
    for section in sections:
        if section.key == "actors":
            if section.actors:
                counts["table_open"] = 1
                counts["tr_open"] = len(section.actors) + 1
            continue
        if section.key == "reactions" and section.items:
            groups = len(reaction_groups(section.items))
            counts["h3"] = groups
            lists += groups
        elif section.items:
            lists += 1
        bullets += len(section.items)
    if bullets:
        counts["bullet_list_open"] = lists
        counts["item in bullet_list_open"] = bullets
    return counts


BASE_SENTENCES = [
    "The dispute between Serbia and Kosovo dates back to 2008, officials said.",
    "The European Union urged both sides to show restraint, a spokesman said on Monday.",
    "NATO said its KFOR mission was ready to act in north Kosovo.",
    "Police removed barricades near the Jarinje crossing on Thursday.",
]
MD_SYNTAX = st.sampled_from(
    [
        "# ",
        "## ",
        "- ",
        "1. ",
        "> ",
        "```",
        "---",
        "|",
        "<b>",
        "<!--",
        "*",
        "**",
        "_",
        "`",
        "[x](y)",
        "![i](j)",
        "[1]: <z>",
        "\\",
        "&#27;",
        "    ",
        "===",
        "~~~",
    ]
)
SALT = st.lists(st.one_of(HOSTILE_TEXT, MD_SYNTAX), max_size=4).map("".join)


@settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    inserts=st.lists(st.tuples(st.integers(0, 3), st.integers(0, 60), SALT), max_size=6),
    title=SALT,
)
def test_hostile_text_exports_with_the_structure_the_model_calls_for(
    inserts: list[tuple[int, int, str]], title: str, tmp_path: Path
) -> None:
    """A document salted with escapes, markup lookalikes and Markdown syntax, loaded, analysed,
    briefed and exported: the Markdown has exactly the blocks the briefing holds (no heading,
    list, table row, code block or raw HTML made by the text) and nothing forbidden."""
    from briefer.analysis import analyse
    from briefer.briefing.build import build_briefing
    from briefer.render.markdown import render_markdown

    body = list(BASE_SENTENCES)
    for line, where, junk in inserts:
        words = body[line].split(" ")
        words.insert(min(where, len(words)), junk)
        body[line] = " ".join(words)
    path = tmp_path / "salted.txt"
    path.write_text(no_surrogates("\n\n".join(["Border talks " + title, *body])), "utf-8")
    doc = load_or_reject(path)
    if doc is None:
        return
    briefing = build_briefing([(doc, analyse(doc))], title=sanitize(title).strip() or None)
    markdown = render_markdown(briefing)
    assert forbidden_in(markdown) == []
    assert outline(markdown) == expected_outline(briefing)


@pytest.fixture(scope="module")
def cli_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A BRIEFER_HOME with the border-crisis samples indexed, for `briefer search` itself."""
    home = tmp_path_factory.mktemp("fuzz_cli_home")
    with Library(home / "data" / "index", workers=1) as library:
        library.sync([SAMPLES / "border-crisis"], max_bytes=20 * 1024 * 1024)
    return home


@settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(text=QUERIES, as_json=st.booleans())
def test_the_search_command_answers_any_query_with_exit_0_or_one_line_and_exit_2(
    cli_home: Path,
    text: str,
    as_json: bool,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from briefer.cli.main import main

    monkeypatch.setenv("BRIEFER_HOME", str(cli_home))
    capsys.readouterr()
    code = main(["search", *(["--json"] if as_json else []), "--", text])
    out, err = capsys.readouterr()
    assert code in (0, 2), (code, err)
    if code == 2:
        assert out == ""
        assert err.startswith("briefer: ") and err.count("\n") == 1, err
    elif as_json:
        assert json.loads(out)["total"] >= 0
    assert forbidden_in(err) == []


@pytest.mark.parametrize(
    "query",
    ['"unclosed', "(a OR", "nosuch:field", "date:[2026-01-01 TO", "date:2026-99", "AND", "\x1b[2J"],
)
def test_bad_queries_exit_2_with_one_line_in_a_real_process(cli_home: Path, query: str) -> None:
    from tests.hardening.support import assert_no_traceback, run_cli

    proc = run_cli(["search", query], cli_home)
    assert_no_traceback(proc)
    assert proc.returncode in (0, 2), proc.stderr
    if proc.returncode == 2:
        assert proc.stdout == "" and len(proc.stderr.splitlines()) == 1
    assert forbidden_in(proc.stdout + proc.stderr) == []
