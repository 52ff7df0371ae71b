"""Helpers for the hardening tests: a hostile corpus built in a temporary folder, a subprocess
runner for the real command line, and the check that no control character got through.

The corpus is generated, not committed: symlink loops, unreadable files and a 100,000-character
line do not belong in a repository, and a fixture makes each test's copy its own.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]

# What must never reach search, brief, export or the reader: C0 controls but tab and newline,
# DEL, C1 controls, bidi embeddings/overrides/isolates/marks, zero-width characters.
FORBIDDEN = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]"
)

# Hostile payloads every text format carries somewhere in its body or its title.
CLEAR_SCREEN = "\x1b[2J\x1b[H"
OSC52 = "\x1b]52;c;cm0gLXJmIH4=\x07"  # writes "rm -rf ~" to the clipboard
OSC8 = "\x1b]8;;https://evil.example/\x1b\\official statement\x1b]8;;\x1b\\"
TITLE_SET = "\x1b]0;pwned\x07"
BIDI = "\u202etxt.exe\u202c and \u2066isolated\u2069"
MARKUP = "[/b] [@click=app.quit]quit[/] [bold red]alarm[/bold red] [link=https://x.example]x[/link]"
ZERO_WIDTH = "Ko\u200bso\u200dvo\ufeff"
C1 = "\x9b31m\x9d0;t\x9c"


def forbidden_in(text: str) -> list[str]:
    """The forbidden characters in `text`, as escapes (empty when clean)."""
    return sorted({f"U+{ord(m.group()):04X}" for m in FORBIDDEN.finditer(text)})


def strings_in(value: Any) -> Iterator[str]:
    """Every string (keys too) inside a JSON-like value."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, Mapping):
        for key, item in value.items():
            yield str(key)
            yield from strings_in(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from strings_in(item)


def assert_clean(value: Any, where: str) -> None:
    """Fail naming the characters and the string when anything forbidden is in `value`."""
    for text in strings_in(value):
        bad = forbidden_in(text)
        assert not bad, f"{where}: {bad} in {text[:120]!r}"


def run_cli(
    args: list[str], home: Path, *, timeout: float = 60, extra_env: Mapping[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """`python -m briefer ARGS` in a fresh process with BRIEFER_HOME=home."""
    env = {**os.environ, "BRIEFER_HOME": str(home), "NO_COLOR": "1", **(extra_env or {})}
    return subprocess.run(
        [sys.executable, "-m", "briefer", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def assert_no_traceback(proc: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in proc.stderr, proc.stderr[-2000:]
    for line in proc.stderr.splitlines():
        assert not line.startswith("  File "), proc.stderr[-2000:]


def article(title: str, body: list[str]) -> str:
    """A small plain-text article: headline, dateline paragraph, body paragraphs."""
    first = "PRISTINA, Nov. 20 (Adriatic Wire) - " + body[0]
    return "\n\n".join([title, first, *body[1:]]) + "\n"


@dataclass
class HostileCorpus:
    """The folder, the files that must be indexed, and the skips expected (name -> reason part)."""

    folder: Path
    indexed: set[str] = field(default_factory=set)
    skipped: dict[str, str] = field(default_factory=dict)
    # Files whose fate is environment-dependent (e.g. permissions when running as root).
    either: set[str] = field(default_factory=set)


HOSTILE_BODY = [
    f"Officials in Kosovo said talks on the border crossing would resume {CLEAR_SCREEN} on Monday.",
    f"The European Union urged restraint {OSC52} and called on Serbia to withdraw troops.",
    f"NATO said it was ready to act, according to an {OSC8} released in Brussels.",
    f"Protesters near the barricades {TITLE_SET} chanted {BIDI} as police watched.",
    f"A spokesman quoted on state television said {MARKUP} was not the plan.",
    f"Residents of {ZERO_WIDTH} said the {C1} roads stayed closed overnight.",
]


def hostile_pdf() -> bytes:
    """A PDF whose text and metadata carry raw escape bytes (placed with `text`, which does
    not measure them)."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    pdf.text(10, 20, f"Kosovo border talks{CLEAR_SCREEN} resume {OSC52} said the EU.")
    pdf.text(10, 30, f"NATO urged restraint {TITLE_SET} in the north of Kosovo.")
    pdf.set_title(f"Border {TITLE_SET} talks")
    pdf.set_author(f"Ann {CLEAR_SCREEN}Reporter")
    return bytes(pdf.output())


def build_hostile_corpus(folder: Path, *, max_file_mb: float) -> HostileCorpus:
    """Write every hostile input into `folder` and say what `briefer index` must do with it."""
    folder.mkdir(parents=True, exist_ok=True)
    c = HostileCorpus(folder)

    def put(name: str, data: bytes | str) -> Path:
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        return path

    put("escapes.txt", article(f"Border talks {CLEAR_SCREEN}{TITLE_SET}resume", HOSTILE_BODY))
    c.indexed.add("escapes.txt")
    put(
        "escapes.md",
        f'---\ntitle: "Kosovo {OSC52} border"\nsource: "Wire{CLEAR_SCREEN}"\n---\n\n'
        + "\n\n".join(f"- {p}" if i % 2 else p for i, p in enumerate(HOSTILE_BODY))
        + f"\n\n```\n{CLEAR_SCREEN}code{OSC52}\n```\n",
    )
    c.indexed.add("escapes.md")
    entity_body = "".join(
        "<p>" + p.replace("\x1b", "&#27;").replace("\x07", "&#x7;") + "</p>" for p in HOSTILE_BODY
    )
    put(
        "escapes.html",
        "<html><head><title>Border &#27;[2J talks &#x202e;txt</title>"
        "<script>document.write('\\x1b[2J')</script></head><body><article>"
        + entity_body
        + "<p>A raw "
        + CLEAR_SCREEN
        + " and "
        + OSC52
        + " in markup too.</p></article></body></html>",
    )
    c.indexed.add("escapes.html")
    bad_utf8 = article("Sanctions row deepens", HOSTILE_BODY[:2]).encode()
    put(
        "invalid_utf8.txt",
        bad_utf8[:40] + b"\xff\xfe\xc3\x28\xa0\xa1" + bad_utf8[40:] + b"\xed\xa0\x80",
    )
    c.indexed.add("invalid_utf8.txt")
    put(
        "utf16_bom.txt",
        article("Serbia and Kosovo agree on plates", HOSTILE_BODY[:3]).encode("utf-16"),
    )
    c.indexed.add("utf16_bom.txt")
    put(
        "utf16be_bom.md",
        "\ufeff# Minister resigns\n\nThe minister resigned on Friday.\n".encode("utf-16-be"),
    )
    c.indexed.add("utf16be_bom.md")
    put("escapes.pdf", hostile_pdf())
    c.indexed.add("escapes.pdf")
    put("empty.txt", b"")
    c.skipped["empty.txt"] = "empty"
    put(f"e{OSC52}mpty{CLEAR_SCREEN}.txt", b"\n\n")
    c.skipped[f"e{OSC52}mpty{CLEAR_SCREEN}.txt"] = "empty"
    put("blank.md", "   \n\t\n" + CLEAR_SCREEN + "\n\u200b\n")
    c.skipped["blank.md"] = "empty"
    put("binary.txt", bytes(range(256)) * 16)
    c.skipped["binary.txt"] = "binary"
    put("fake.pdf", b"%PDF-1.4\n" + bytes(range(256)) * 4)
    c.skipped["fake.pdf"] = "PDF"
    line = " ".join(["ceasefire"] * 10_000)[:100_000]
    put("long_line.txt", "Ceasefire monitors report\n\n" + line + "\n")
    c.indexed.add("long_line.txt")
    limit = int(max_file_mb * 1024 * 1024)
    paragraph = "The mission said the patrol continued along the northern road. " * 20 + "\n\n"
    big = paragraph * (limit // len(paragraph) + 10)
    put("huge.txt", "Huge report\n\n" + big)
    c.skipped["huge.txt"] = "too large"
    put("nearly_huge.txt", "Long report\n\n" + big[: limit - 4096])
    c.indexed.add("nearly_huge.txt")
    put(f"name{CLEAR_SCREEN}\u202egnp.txt", article("Strange file name", HOSTILE_BODY[3:]))
    c.indexed.add(f"name{CLEAR_SCREEN}\u202egnp.txt")
    # Symlink loops: a folder linking back to its parent, and a file linking to itself.
    loop = folder / "loop"
    loop.mkdir()
    put("loop/inside.txt", article("Inside the loop", HOSTILE_BODY[4:]))
    c.indexed.add("loop/inside.txt")
    (loop / "again").symlink_to("..", target_is_directory=True)
    (folder / "self.txt").symlink_to("self.txt")
    c.skipped["self.txt"] = ""
    (folder / "dangling.md").symlink_to("nowhere.md")
    c.skipped["dangling.md"] = "broken symlink"
    os.mkfifo(folder / "pipe.txt")
    c.skipped["pipe.txt"] = "not a regular file"
    (folder / "folder.txt").mkdir()
    put("folder.txt/real.txt", article("A folder named like a file", HOSTILE_BODY[:1]))
    c.indexed.add("folder.txt/real.txt")
    locked = put("unreadable.txt", article("Locked away", HOSTILE_BODY[:2]))
    locked.chmod(0)
    if os.geteuid() == 0:
        c.either.add("unreadable.txt")  # root reads it anyway
    else:
        c.skipped["unreadable.txt"] = "permission denied"
    put(".hidden.txt", "never indexed\n")
    put("notes.docx", b"PK\x03\x04 not supported, ignored silently")
    return c


PLACES = ["Kosovo", "Serbia", "Belgrade", "Pristina", "Greece", "Turkey", "Brussels", "Moscow"]
ACTORS = ["NATO", "the European Union", "the United Nations", "KFOR", "the OSCE"]
VERBS = ["said", "warned", "urged", "announced", "denied", "welcomed"]
THINGS = ["talks", "troops", "barricades", "sanctions", "a ceasefire", "the border crossing"]


def write_plain_corpus(folder: Path, count: int, *, seed: int = 3, paragraphs: int = 6) -> None:
    """`count` small, distinct news-like .txt files (deterministic for a seed)."""
    import random

    rnd = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        place = rnd.choice(PLACES)
        body = [
            f"{rnd.choice(ACTORS)} {rnd.choice(VERBS)} {rnd.choice(THINGS)} "
            f"in {rnd.choice(PLACES)} would be discussed on day {n}, officials in {place} "
            f"said. Report {n} part {p}."
            for p in range(paragraphs)
        ]
        title = f"{place} report number {n}"
        (folder / f"{n:05d}-{place.lower()}.txt").write_text(article(title, body))
