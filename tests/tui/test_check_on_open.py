"""`briefer` alone checks the library's folders once it has opened: files added, changed or
deleted since the last index show up without `r` (before, the reader listed a deleted file
and missed a new one until the person thought of re-indexing)."""

from __future__ import annotations

from pathlib import Path

from briefer import config
from briefer.tui.app import BrieferApp
from briefer.tui.screens.main import CHECK_AFTER
from briefer.tui.widgets.index_status import IndexStatus
from tests.tui.conftest import reader_screen, settle

STORY = "{title}\n\nGENEVA, 2023-03-0{day} (Lakeside Wire) - {body}\n"


def _write(folder: Path, name: str, title: str, body: str, day: int = 1) -> None:
    (folder / name).write_text(STORY.format(title=title, body=body, day=day), encoding="utf-8")


def _library(tmp_path: Path) -> Path:
    from briefer.index import Library

    corpus = tmp_path / "news"
    corpus.mkdir()
    _write(corpus, "talks.txt", "Talks resume", "Negotiators met in Geneva on Friday.")
    _write(corpus, "ceasefire.txt", "Ceasefire holds", "The ceasefire held overnight.", 2)
    _write(corpus, "aid.txt", "Aid arrives", "Aid convoys reached the valley.", 3)
    with Library() as library:
        library.sync([corpus])
    config.save_settings(config.Settings(library=[str(corpus)]))
    return corpus


async def _opened_and_checked(app: BrieferApp) -> list[str]:
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await settle(pilot)
        await pilot.pause(CHECK_AFTER + 0.1)
        await settle(pilot)
        screen = reader_screen(app)
        assert not screen.indexing
        assert not screen.query_one(IndexStatus).has_class("-running")
        titles = sorted(hit.title for hit in screen.result.hits)
        return [*titles, *(f"note: {n.message}" for n in app._notifications)]


async def test_files_changed_since_the_last_run_show_without_reindexing(tmp_path: Path) -> None:
    corpus = _library(tmp_path)
    _write(corpus, "vote.txt", "Parliament votes", "Parliament voted on the deal.", 4)
    _write(corpus, "talks.txt", "Talks collapse", "Negotiators walked out in Geneva.")
    (corpus / "aid.txt").unlink()
    seen = await _opened_and_checked(BrieferApp(check_on_open=True))
    assert seen == [
        "Ceasefire holds",
        "Parliament votes",
        "Talks collapse",
        "note: Library updated: 1 added, 1 updated, 1 removed; 3 documents",
    ]


async def test_an_unchanged_library_is_checked_without_a_word(tmp_path: Path) -> None:
    _library(tmp_path)
    seen = await _opened_and_checked(BrieferApp(check_on_open=True))
    assert seen == ["Aid arrives", "Ceasefire holds", "Talks resume"]


async def test_without_the_check_the_reader_shows_the_index_as_it_was(tmp_path: Path) -> None:
    corpus = _library(tmp_path)
    (corpus / "aid.txt").unlink()
    seen = await _opened_and_checked(BrieferApp())  # as the tests and `briefer PATH` open it
    assert seen == ["Aid arrives", "Ceasefire holds", "Talks resume"]
