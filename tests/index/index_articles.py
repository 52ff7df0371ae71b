"""Hand-written articles for the index tests (every word written for these tests)."""

from __future__ import annotations

from pathlib import Path

ARTICLES: dict[str, str] = {
    "protests.txt": (
        "Protests spread across northern towns\n\n"
        "BELGRADE, Nov. 3, 2026 (Adriatic Wire) - Thousands of protesters marched through "
        "Serbia on Tuesday. The protests were the largest since the spring, organisers said.\n\n"
        "Police watched from side streets and no arrests were reported."
    ),
    "border.txt": (
        "Border crossing closed after lorries block road\n\n"
        "PRISTINA, Nov. 12, 2026 (Balkan Ledger) - Kosovo closed the Jarinje border crossing "
        "after lorries were parked across the road. The European Union urged calm.\n\n"
        "Officials in Belgrade called the closure a provocation."
    ),
    "talks.txt": (
        "Envoys resume talks in Brussels\n\n"
        "BRUSSELS, Nov. 20, 2026 (Adriatic Wire) - Negotiators from Serbia and Kosovo met "
        "again under European Union mediation. Diplomats described the dialogue as frank.\n\n"
        "A further round of negotiations is planned for December."
    ),
    "harvest.txt": (
        "Farmers report record harvest\n\n"
        "ZAGREB, Oct. 8, 2026 (Harbour Times) - Farmers in Croatia gathered a record wheat "
        "harvest this autumn, helped by a mild and wet summer.\n\n"
        "Prices at local markets fell for the first time in three years, said Ivan Kovačević."
    ),
    "pipeline.txt": (
        "Gas pipeline repairs finished ahead of winter\n\n"
        "ATHENS, Dec. 2, 2026 (Harbour Times) - Engineers finished repairs on the gas pipeline "
        "that crosses northern Greece, the energy ministry said.\n\n"
        "Protesters had demanded the work be completed before the cold season."
    ),
}


def write_articles(folder: Path, articles: dict[str, str] | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in (articles or ARTICLES).items():
        (folder / name).write_text(text + "\n", encoding="utf-8")
    return folder
