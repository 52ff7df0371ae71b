"""A small library of awkward documents for the reader's tests: a folder and file names with
spaces and brackets, titles with markup, and a source name too long for the sidebar."""

from __future__ import annotations

from pathlib import Path

from briefer import config

LONG_SOURCE = (
    "The Extraordinarily Long-Named Regional Broadcasting Corporation of the Western Balkans"
)
BRACKET_TITLE = "Talks on [b]Lake Ohrid[/b] resume [@click=app.quit]"
BRACKET_FILE = "[bold red]talks resume.md"

_DOCUMENTS = {
    BRACKET_FILE: (
        BRACKET_TITLE,
        "2026-03-05",
        LONG_SOURCE,
        "OHRID, March 5 - Albania and North Macedonia resumed talks on Thursday over fishing "
        "rights on Lake Ohrid after a week of rows between patrol boats.\n\n"
        "The European Union welcomed the talks and urged both governments to keep their patrol "
        "boats apart while the negotiators meet.\n\n"
        "Fishermen in Struga said the dispute had cost them a month of catches.",
    ),
    "patrol boats.md": (
        "Patrol boats withdrawn from the lake",
        "2026-03-07",
        LONG_SOURCE,
        "SKOPJE, March 7 - North Macedonia withdrew its patrol boats from Lake Ohrid on Saturday, "
        "the interior ministry said.\n\n"
        "The United States praised the decision and called for a lasting agreement on the lake.",
    ),
    "trout.md": (
        "Trout stocks recover in Lake Ohrid",
        "2026-02-20",
        "Lake Science Weekly",
        "Scientists in Ohrid said on Friday that trout stocks in the lake had recovered after "
        "three years of limits on catches.",
    ),
}


def install(home: Path) -> Path:
    """Write the corpus under `home`, index it into this test's BRIEFER_HOME, list it in the
    settings; returns the corpus folder."""
    from briefer.index import Library

    folder = home / "news [clips] 2026"
    folder.mkdir(parents=True)
    for name, (title, day, source, body) in _DOCUMENTS.items():
        front = f'---\ntitle: "{title}"\ndate: {day}\nsource: {source}\n---\n\n'
        (folder / name).write_text(front + body + "\n", encoding="utf-8")
    with Library() as library:
        library.sync([folder])
    config.save_settings(config.Settings(library=[str(folder)]))
    return folder
