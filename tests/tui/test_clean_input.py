"""The reader's text boxes hold one line of printable text, whatever is pasted or typed."""

from __future__ import annotations

from textual import events
from textual.app import App, ComposeResult

from briefer.tui.widgets.clean_input import CleanInput, one_line
from briefer.tui.widgets.find_bar import FindBar

HOSTILE = "ohrid\x1b]52;c;aGk=\x07\x1b[2J\u202elake\nnorth\tshore"


def test_one_line_strips_escapes_and_folds_newlines() -> None:
    assert one_line(HOSTILE) == "ohridlake north shore"


class Boxes(App[None]):
    def compose(self) -> ComposeResult:
        yield CleanInput(value="start\x1b[31m ", id="plain")
        yield FindBar(id="find")


async def test_a_paste_is_sanitised_and_kept_whole_in_every_box() -> None:
    app = Boxes()
    async with app.run_test() as pilot:
        plain = app.query_one("#plain", CleanInput)
        assert plain.value == "start "  # a value set in code is cleaned too
        for box in (plain, app.query_one(FindBar)):
            box.focus()
            box.post_message(events.Paste(HOSTILE))
            await pilot.pause()
            assert box.value.endswith("ohridlake north shore")
            assert box.cursor_position == len(box.value)
        await pilot.press("end", "x")
        assert app.query_one(FindBar).value.endswith("shorex")
