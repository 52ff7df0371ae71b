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


class OneBox(App[None]):
    CSS = "CleanInput { width: 30; }"

    def compose(self) -> ComposeResult:
        yield CleanInput(id="box")


async def test_typing_that_fits_the_box_asks_for_no_new_layout_and_long_text_scrolls() -> None:
    app = OneBox()
    async with app.run_test(size=(60, 10)) as pilot:
        box = app.query_one(CleanInput)
        box.focus()
        await pilot.pause()
        room = box.container_size.width
        # a new virtual size lays the whole screen out again: none while the text fits
        sizes = set()
        for key in "kosovo":
            await pilot.press(key)
            sizes.add(box.virtual_size)
        assert sizes == {box.virtual_size} and box.virtual_size.width == room
        await pilot.press(*"x" * (room + 10))  # longer than the box: it scrolls to the cursor
        assert box.virtual_size.width > room
        assert box.scroll_x > 0 and box.cursor_screen_offset.x <= box.region.right
